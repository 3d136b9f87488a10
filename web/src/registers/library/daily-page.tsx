// The library's daily work: the daily run (expired holds, overdue notices and their letters)
// and the hold shelf with the holds to pull from the shelves.
import { useMemo, useState } from 'react';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { AsyncView, ErrorAlert, Page, useAsync } from '../../components/common.tsx';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { AppLink } from '../../router.tsx';
import { useAuthenticated } from '../../session.tsx';
import { LibraryPicker } from './desk-page.tsx';
import { useLibraryTexts } from './i18n.ts';
import { librariesOf, libraryApi, noticeLettersUrl, type DailyRunResult, type LibraryApi } from './library-api.ts';

export function DailyPage() {
  const tl = useLibraryTexts();
  const { me, api } = useAuthenticated();
  const libraries = librariesOf(me);
  const [unitId, setUnitId] = useState(libraries[0]?.id ?? '');
  const lib = useMemo(() => libraryApi(api.http), [api]);
  return (
    <Page title={tl.dailyTitle}>
      {libraries.length === 0 ? (
        <Paragraph>{tl.noLibrary}</Paragraph>
      ) : (
        <>
          <LibraryPicker value={unitId} onChange={setUnitId} />
          <DailyWork key={unitId} unitId={unitId} lib={lib} />
        </>
      )}
    </Page>
  );
}

function DailyWork({ unitId, lib }: { unitId: string; lib: LibraryApi }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  const [run, setRun] = useState<DailyRunResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notices, reloadNotices] = useAsync(() => lib.notices(unitId), [lib, unitId]);
  const [shelf, reloadShelf] = useAsync(() => lib.holdShelf(unitId), [lib, unitId]);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setRun(await lib.dailyRun(unitId));
      reloadNotices();
      reloadShelf();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <section aria-labelledby="daily-run-h" className="v-section v-card">
        <Heading variant="h2" id="daily-run-h">
          {tl.dailyRunTitle}
        </Heading>
        <Paragraph className="v-mb">{tl.dailyRunIntro}</Paragraph>
        <Button onClick={() => void start()} disabled={busy} data-testid="daily-run">
          {tl.dailyRun}
        </Button>
        <ErrorAlert error={error} />
        <div role="status" data-testid="daily-run-result">
          {run && tl.dailyDone(run.expiredHolds.length, run.notices.length)}
        </div>
      </section>
      <section aria-labelledby="daily-notices-h" className="v-section">
        <Heading variant="h2" id="daily-notices-h">
          {tl.notices}
        </Heading>
        <AsyncView state={notices}>
          {({ notices: list }) =>
            list.length === 0 ? (
              <Paragraph>{tl.noNotices}</Paragraph>
            ) : (
              <>
                <table className="v-table" data-testid="daily-notices">
                  <caption className="v-visually-hidden">{tl.notices}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tl.patron}</th>
                      <th scope="col">{tl.title}</th>
                      <th scope="col">{tl.dueOn}</th>
                      <th scope="col" className="v-num">
                        {tl.level}
                      </th>
                      <th scope="col">{tl.channel}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((n) => (
                      <tr key={n.id}>
                        <td>
                          <AppLink href={`/persons/${n.personId}`}>
                            {n.lastName} {n.firstNames}
                          </AppLink>
                        </td>
                        <td>{n.title}</td>
                        <td>{formatDate(n.dueOn, lang)}</td>
                        <td className="v-num">{n.level}</td>
                        <td>{tl.channels[n.channel] ?? n.channel}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {list.some((n) => n.channel === 'letter') && (
                  <p>
                    <a href={noticeLettersUrl(unitId)} download="overdue-notices.pdf">
                      {tl.lettersPdf}
                    </a>
                  </p>
                )}
              </>
            )
          }
        </AsyncView>
      </section>
      <AsyncView state={shelf}>
        {({ waiting, toPull }) => (
          <>
            <section aria-labelledby="daily-shelf-h" className="v-section">
              <Heading variant="h2" id="daily-shelf-h">
                {tl.holdShelf}
              </Heading>
              {waiting.length === 0 ? (
                <Paragraph>{tl.emptyShelf}</Paragraph>
              ) : (
                <table className="v-table" data-testid="daily-hold-shelf">
                  <caption className="v-visually-hidden">{tl.holdShelf}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tl.patron}</th>
                      <th scope="col">{tl.title}</th>
                      <th scope="col">{tl.barcode}</th>
                      <th scope="col">{tl.pickupBy}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {waiting.map((w) => (
                      <tr key={w.holdId}>
                        <td>
                          <AppLink href={`/persons/${w.personId}`}>
                            {w.lastName} {w.firstNames}
                          </AppLink>
                        </td>
                        <td>{w.title}</td>
                        <td>{w.barcode}</td>
                        <td>
                          {formatDate(w.pickupBy, lang)} {w.expired && <span className="v-tag v-tag-warning">{tl.expiredTag}</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section aria-labelledby="daily-pull-h" className="v-section">
              <Heading variant="h2" id="daily-pull-h">
                {tl.toPull}
              </Heading>
              {toPull.length === 0 ? (
                <Paragraph>{tl.nothingToPull}</Paragraph>
              ) : (
                <table className="v-table" data-testid="daily-to-pull">
                  <caption className="v-visually-hidden">{tl.toPull}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tl.title}</th>
                      <th scope="col">{tl.barcode}</th>
                      <th scope="col">{tl.callNumber}</th>
                      <th scope="col">{tl.placedOn}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {toPull.map((t) => (
                      <tr key={t.holdId}>
                        <td>{t.title}</td>
                        <td>{t.barcode}</td>
                        <td>{t.callNumber ?? '–'}</td>
                        <td>{formatDate(t.placedOn, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        )}
      </AsyncView>
    </>
  );
}
