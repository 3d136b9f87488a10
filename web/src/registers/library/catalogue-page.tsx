// Catalogue search of the collection, and the import of MARC21 records.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../api/client.ts';
import { AsyncView, ErrorAlert, Page, useAsync } from '../../components/common.tsx';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { LibraryPicker } from './desk-page.tsx';
import { useLibraryTexts } from './i18n.ts';
import { LIBRARY, librariesOf, libraryApi, type CatalogueResult, type ImportResult, type LibraryApi } from './library-api.ts';

const PAGE = 20;

export function CataloguePage() {
  const tl = useLibraryTexts();
  const { api, can, me } = useAuthenticated();
  const lib = useMemo(() => libraryApi(api.http), [api]);
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<{ q: string; offset: number } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!input.trim()) return setError(tl.fieldRequired);
    setError(null);
    setQuery({ q: input.trim(), offset: 0 });
  };
  const libraries = librariesOf(me);
  return (
    <Page title={tl.catalogueTitle}>
      <form className="v-inline-form" role="search" onSubmit={submit} noValidate aria-label={tl.catalogueTitle}>
        <TextInput labelText={tl.searchLabel} name="catalogue-query" value={input} onChange={(v) => setInput(String(v ?? ''))} status={error ? 'error' : 'default'} statusText={error ?? ''} autoComplete="off" />
        <Button type="submit" data-testid="catalogue-search">
          {tl.search}
        </Button>
      </form>
      {query && <Results key={`${query.q}:${query.offset}`} lib={lib} q={query.q} offset={query.offset} onPage={(offset) => setQuery({ ...query, offset })} />}
      {can(LIBRARY.catalogueManage) && libraries.length > 0 && <MarcImport lib={lib} />}
    </Page>
  );
}

function Results({ lib, q, offset, onPage }: { lib: LibraryApi; q: string; offset: number; onPage: (offset: number) => void }) {
  const tl = useLibraryTexts();
  const [state] = useAsync(() => Promise.all([lib.catalogue(q, offset, PAGE), lib.itemTypes()]), [lib, q, offset]);
  return (
    <AsyncView state={state}>
      {([res, types]) => {
        const typeName = (code: string) => types.itemTypes.find((t) => t.code === code)?.names;
        return (
          <section aria-labelledby="catalogue-results-h" className="v-section" data-testid="catalogue-results">
            <Heading variant="h2" id="catalogue-results-h">
              {tl.results(res.total)}
            </Heading>
            {res.results.length === 0 ? (
              <Paragraph>{tl.noResults}</Paragraph>
            ) : (
              <ResultTable results={res.results} typeName={typeName} />
            )}
            {res.total > PAGE && (
              <div className="v-actions">
                <Button variant="secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE))}>
                  {tl.previous}
                </Button>
                <span className="v-muted">
                  {offset + 1}–{Math.min(offset + PAGE, res.total)} / {res.total}
                </span>
                <Button variant="secondary" disabled={offset + PAGE >= res.total} onClick={() => onPage(offset + PAGE)}>
                  {tl.next}
                </Button>
              </div>
            )}
          </section>
        );
      }}
    </AsyncView>
  );
}

function ResultTable({ results, typeName }: { results: CatalogueResult[]; typeName: (code: string) => { fi: string; sv: string; en: string } | undefined }) {
  const tl = useLibraryTexts();
  const { lang, l } = useI18n();
  const status = (c: CatalogueResult['copies'][number]) => (c.status === 'on_loan' ? tl.copyStatus.on_loan(formatDate(c.dueOn, lang)) : tl.copyStatus[c.status]);
  return (
    <table className="v-table" data-testid="catalogue-table">
      <caption className="v-visually-hidden">{tl.catalogueTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{tl.title}</th>
          <th scope="col">{tl.author}</th>
          <th scope="col">{tl.year}</th>
          <th scope="col">ISBN</th>
          <th scope="col">{tl.copies}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((r) => (
          <tr key={r.id} data-testid="catalogue-row">
            <th scope="row">
              {r.title}
              {r.holds > 0 && <span className="v-tag">{tl.holdCount(r.holds)}</span>}
            </th>
            <td>{r.author ?? '–'}</td>
            <td>{r.publicationYear ?? '–'}</td>
            <td>{r.isbn ?? '–'}</td>
            <td>
              <ul className="v-plain-list">
                {r.copies.map((c) => (
                  <li key={c.id} data-barcode={c.barcode} data-status={c.status}>
                    {c.barcode} · {c.unitName}
                    {c.callNumber ? ` · ${c.callNumber}` : ''} · {l(typeName(c.itemType)) || c.itemType} · <strong>{status(c)}</strong>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** base64 of a file's bytes, for the ISO 2709 import. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function MarcImport({ lib }: { lib: LibraryApi }) {
  const tl = useLibraryTexts();
  const { l } = useI18n();
  const { me } = useAuthenticated();
  const [unitId, setUnitId] = useState(librariesOf(me)[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [skip, setSkip] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    setError(null);
    if (!file) return setFileError(tl.fileRequired);
    setFileError(null);
    setBusy(true);
    try {
      const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
      const xml = String.fromCharCode(...head).trimStart().startsWith('<');
      const data = xml ? await file.text() : await base64Of(file);
      setResult(await lib.importMarc({ unitId, format: xml ? 'marcxml' : 'iso2709', data, skipInvalid: skip }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const problems = error instanceof ApiError ? ((error.details?.problems as ImportResult['problems'] | undefined) ?? []) : (result?.problems ?? []);
  return (
    <section aria-labelledby="marc-import-h" className="v-section v-card" data-testid="marc-import">
      <Heading variant="h2" id="marc-import-h">
        {tl.importTitle}
      </Heading>
      <Paragraph className="v-mb">{tl.importIntro}</Paragraph>
      <LibraryPicker value={unitId} onChange={setUnitId} />
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="marc-import-h">
        <div className="v-form-row">
          <label htmlFor="marc-file">{tl.file}</label>
          <input id="marc-file" name="marc-file" type="file" accept=".mrc,.dat,.marc,.xml" aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? 'marc-file-error' : undefined} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          {fileError && (
            <span id="marc-file-error" className="v-status" role="alert">
              {fileError}
            </span>
          )}
        </div>
        <Checkbox checked={skip} onClick={({ checkboxState }) => setSkip(checkboxState)}>
          {tl.skipInvalid}
        </Checkbox>
        <div className="v-actions">
          <Button type="submit" disabled={busy}>
            {tl.importButton}
          </Button>
        </div>
      </form>
      <ErrorAlert error={error} />
      <div role="status" data-testid="marc-import-result">
        {result && tl.imported(result.records, result.created, result.updated, result.items)}
      </div>
      {problems.length > 0 && (
        <InlineAlert status="warning" labelText={tl.problemsTitle}>
          <ul className="v-plain-list">
            {problems.map((p) => (
              <li key={p.position}>
                {tl.problemAt(p.position)}: {l(p.message)}
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
    </section>
  );
}
