import { useState } from 'react';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import * as gen from '../generated/api-client.ts';
import { formatDate, useI18n, type Localized } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { AsyncView, ErrorAlert, Facts, Page, useAsync } from '../components/common.tsx';
import { AppLink } from '../router.tsx';
import { downloadUrl } from '../api/api.ts';
import type { IrRequest } from './information-requests-page.tsx';

interface IrItem {
  id: string;
  title: Localized;
  date: string | null;
  role: 'subject' | 'reference';
  decision: string;
}
interface IrResult {
  total: number;
  registers: { registerId: string; names: Localized; count: number; datasets: { datasetId: string; names: Localized; items: IrItem[] }[] }[];
}
interface IrDetail {
  request: IrRequest;
  subject: { id: string; firstNames: string; lastName: string; birthDate: string };
  result: IrResult;
}

const DELIVERY = ['letter', 'email', 'in_person', 'e_service'] as const;

/** One information request through its workflow: search, review, decide, PDF, delivery. */
export function InformationRequestPage({ id }: { id: string }) {
  const { t, l, lang } = useI18n();
  const { api } = useAuthenticated();
  const [state, reload] = useAsync(async () => (await gen.getInformationRequestsById(api.http, { id })) as IrDetail, [api, id]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [channel, setChannel] = useState<(typeof DELIVERY)[number]>('e_service');

  const act = (f: () => Promise<unknown>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await f();
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t.ir.title}>
      <ErrorAlert error={error} />
      <AsyncView state={state}>
        {({ request: r, subject, result }) => {
          const items = result.registers.flatMap((g) => g.datasets.flatMap((d) => d.items));
          const pending = items.filter((i) => i.decision === 'pending');
          return (
            <>
              <section className="v-card v-section" aria-labelledby="ir-h">
                <Heading variant="h2" id="ir-h">
                  {t.ir.kinds[r.kind] ?? r.kind}
                </Heading>
                <Facts
                  items={[
                    [t.ir.subject, <AppLink href={`/persons/${subject.id}`}>{`${subject.firstNames} ${subject.lastName}`}</AppLink>],
                    [t.ir.receivedOn, formatDate(r.receivedOn, lang)],
                    [t.ir.dueOn, formatDate(r.dueOn, lang)],
                    [t.ir.status, <span data-testid="ir-status">{t.ir.statuses[r.status] ?? r.status}</span>],
                    ...(r.outcome ? ([[t.ir.outcome, t.ir.outcomes[r.outcome] ?? r.outcome]] as [string, string][]) : []),
                  ]}
                />
                {r.warnings.map((w, i) => (
                  <InlineAlert key={i} status="warning" className="v-mb">
                    {l(w)}
                  </InlineAlert>
                ))}
                <Heading variant="h3">{t.ir.deadlines}</Heading>
                <ul>
                  {r.deadlines.map((d) => (
                    <li key={d.kind} className={d.superseded ? 'v-muted' : ''}>
                      {l(d.name)}: {formatDate(d.dueOn, lang)}
                    </li>
                  ))}
                </ul>
              </section>

              {(r.status === 'received' || r.status === 'searched') && (
                <p className="v-actions">
                  <Button onClick={act(() => gen.postInformationRequestsByIdSearch(api.http, { id }))} disabled={busy} variant={r.status === 'received' ? 'default' : 'secondary'}>
                    {t.ir.searchRegisters}
                  </Button>
                </p>
              )}

              {r.status !== 'received' && (
                <section className="v-section" aria-labelledby="ir-found-h">
                  <Heading variant="h2" id="ir-found-h">
                    <span data-testid="ir-found">{t.ir.found(result.total)}</span>
                  </Heading>
                  {result.registers
                    .filter((g) => g.count > 0)
                    .map((g) => (
                      <section key={g.registerId} className="v-card v-mb" aria-label={l(g.names)}>
                        <Heading variant="h3">{l(g.names)}</Heading>
                        {g.datasets.map((d) => (
                          <table key={d.datasetId} className="v-table">
                            <caption>{l(d.names)}</caption>
                            <thead>
                              <tr>
                                <th scope="col">{t.audit.event}</th>
                                <th scope="col">{t.audit.when}</th>
                                <th scope="col">{t.ir.decision}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {d.items.map((i) => (
                                <tr key={i.id}>
                                  <td>{l(i.title)}</td>
                                  <td>{formatDate(i.date, lang)}</td>
                                  <td>{t.ir.decisions[i.decision] ?? i.decision}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        ))}
                      </section>
                    ))}
                  {r.status === 'searched' && (
                    <p className="v-actions">
                      {pending.length > 0 && (
                        <Button
                          variant="secondary"
                          disabled={busy}
                          onClick={act(() => gen.postInformationRequestsByIdReview(api.http, { id }, { items: pending.map((i) => ({ id: i.id, decision: 'release' as const })) }))}
                        >
                          {t.ir.releaseAll}
                        </Button>
                      )}
                      <Button disabled={busy} onClick={act(() => gen.postInformationRequestsByIdDecision(api.http, { id }))}>
                        {t.ir.decide}
                      </Button>
                    </p>
                  )}
                </section>
              )}

              {(r.status === 'decided' || r.status === 'delivered') && (
                <section className="v-section v-card" aria-labelledby="ir-answer-h">
                  <Heading variant="h2" id="ir-answer-h">
                    {t.ir.outcome}
                  </Heading>
                  <p className="v-downloads">
                    <a href={downloadUrl(`/information-requests/${id}/report/pdf`, { lang })} download data-testid="ir-pdf">
                      {t.ir.pdf}
                    </a>
                    <a href={downloadUrl(`/information-requests/${id}/report/json`, { lang })} download>
                      {t.ir.json}
                    </a>
                  </p>
                  {r.status === 'decided' && (
                    <div className="v-inline-form">
                      <Dropdown labelText={t.ir.deliveryChannel} value={channel} onChange={(v) => setChannel(v as (typeof DELIVERY)[number])} name="delivery-channel">
                        {DELIVERY.map((c) => (
                          <DropdownItem key={c} value={c}>
                            {t.ir.channels[c] ?? c}
                          </DropdownItem>
                        ))}
                      </Dropdown>
                      <Button disabled={busy} onClick={act(() => gen.postInformationRequestsByIdDeliver(api.http, { id }, { channel }))}>
                        {t.ir.deliver}
                      </Button>
                    </div>
                  )}
                </section>
              )}
              <Paragraph>
                <AppLink href="/information-requests">{t.common.back}</AppLink>
              </Paragraph>
            </>
          );
        }}
      </AsyncView>
    </Page>
  );
}
