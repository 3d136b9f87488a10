import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Block, Button, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { ErrorAlert, Page } from '../components/common.tsx';
import { AppLink } from '../router.tsx';
import type { PersonSearchResult } from '../api/types.ts';
import { isValidHetu } from '../hetu.ts';
import { getSearchCache, setSearchCache } from './search-cache.ts';

const personName = (p: { firstNames: string; lastName: string }) => `${p.lastName} ${p.firstNames}`;

export function PersonSearchPage() {
  const { t, lang } = useI18n();
  const { api, can } = useAuthenticated();
  const cached = getSearchCache();
  const [query, setQuery] = useState(cached.query);
  const [results, setResults] = useState<PersonSearchResult[] | null>(cached.results);
  const [error, setError] = useState<unknown>(null);
  const [hetu, setHetu] = useState('');
  const [hetuError, setHetuError] = useState('');
  const seq = useRef(0);

  // Type-ahead: search 250 ms after the user stops typing; the newest answer wins.
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    if (q === getSearchCache().query && results) return;
    const timer = setTimeout(() => {
      const n = ++seq.current;
      api.searchPersons({ query: q, limit: 20 }).then(
        (r) => {
          if (n !== seq.current) return;
          setError(null);
          setResults(r.results);
          setSearchCache({ query: q, results: r.results });
        },
        (e) => n === seq.current && setError(e),
      );
    }, 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, api]);

  const searchHetu = async (e: FormEvent) => {
    e.preventDefault();
    const value = hetu.trim().toUpperCase();
    if (!value) return setHetuError(t.common.fieldRequired);
    if (!isValidHetu(value)) return setHetuError(t.search.hetuInvalid);
    setHetuError('');
    const n = ++seq.current;
    try {
      // The henkilötunnus goes in the POST body only; the results are not cached under it.
      const r = await api.searchPersons({ hetu: value });
      if (n !== seq.current) return;
      setError(null);
      setResults(r.results);
      setSearchCache({ query: '', results: r.results });
      setQuery('');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Page
      title={t.search.title}
      actions={
        can('Person.CREATE') ? (
          <AppLink href="/persons/new" className="v-button-link">
            {t.personCreate.nav}
          </AppLink>
        ) : undefined
      }
    >
      <div className="v-search-forms">
        <form role="search" aria-label={t.search.byName} onSubmit={(e) => e.preventDefault()}>
          <TextInput
            labelText={t.search.byName}
            hintText={t.search.byNameHint}
            name="person-query"
            autoComplete="off"
            value={query}
            onChange={(v) => setQuery(String(v ?? ''))}
            fullWidth
          />
        </form>
        <form aria-label={t.search.byHetu} onSubmit={searchHetu} noValidate autoComplete="off">
          <Heading variant="h2" className="v-visually-hidden">
            {t.search.byHetu}
          </Heading>
          <Block variant="div" mb="s">
            <TextInput
              labelText={t.search.hetu}
              hintText={t.search.hetuHint}
              name="hetu"
              autoComplete="off"
              spellCheck={false}
              value={hetu}
              onChange={(v) => setHetu(String(v ?? ''))}
              status={hetuError ? 'error' : 'default'}
              statusText={hetuError}
              fullWidth
            />
          </Block>
          <Button type="submit" variant="secondary">
            {t.search.byHetu}
          </Button>
        </form>
      </div>
      <ErrorAlert error={error} />
      <section aria-labelledby="results-h" className="v-section">
        <Heading variant="h2" id="results-h">
          {t.search.results}
        </Heading>
        <p aria-live="polite" className="v-muted" data-testid="result-count">
          {results === null ? '' : results.length === 0 ? t.search.noResults : t.search.resultCount(results.length)}
        </p>
        {results && results.length > 0 && (
          <table className="v-table" data-testid="search-results">
            <thead>
              <tr>
                <th scope="col">{t.search.name}</th>
                <th scope="col">{t.search.birthDate}</th>
                <th scope="col">
                  <span className="v-visually-hidden">{t.person.title}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {results.map((p) => (
                <tr key={p.id}>
                  <td>
                    <AppLink href={`/persons/${p.id}`}>{personName(p)}</AppLink>
                  </td>
                  <td>{formatDate(p.birthDate, lang)}</td>
                  <td>
                    {p.nonDisclosure && <span className="v-tag v-tag-warning">{t.search.nonDisclosure}</span>}
                    {p.dateOfDeath && <span className="v-tag">{t.search.deceased}</span>}
                    {p.matchedPreviousName && <span className="v-tag">{t.search.matchedPreviousName}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {results === null && <Paragraph className="v-muted">{t.search.byNameHint}</Paragraph>}
      </section>
    </Page>
  );
}
