// The elderly-services section of a person card: client relationship and contacts, applications
// with their deadlines, the care and service plan with its versions and a form for a new one,
// service decisions with their PDFs, fees and invoices (coordinator), and the care records with
// the form to write one. Each part shows only what the user's roles allow.
import { useMemo, useRef } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { formatDate, useI18n, type Lang } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, Facts, Loading, useAsync } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { decisionPdfUrl, ELDERLY, elderlyApi, feeDecisionPdfUrl, localToday, type ClientCard, type ServicePlan } from './api.ts';
import { useElderlyTexts } from './i18n.ts';
import { CareRecords } from './care-records.tsx';
import { PlanForm } from './plan-form.tsx';
import { PlanVersions } from '../../components/plan-form.tsx';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);
export const num = (n: number, lang: Lang, digits = 2) => n.toLocaleString(locale(lang), { minimumFractionDigits: 0, maximumFractionDigits: digits });

export function ElderlyPersonSection({ personId }: { personId: string }) {
  const tx = useElderlyTexts();
  const { api, can, me } = useAuthenticated();
  const elderly = useMemo(() => elderlyApi(api.http), [api]);
  const [state, reload] = useAsync(() => elderly.card(personId), [elderly, personId]);
  // While reloading after a saved plan, keep showing the card (and the form with its status).
  const last = useRef<ClientCard | null>(null);
  if (state.status === 'ok') last.current = state.data;
  const card = state.status === 'ok' ? state.data : state.status === 'loading' ? last.current : null;
  if (!card && state.status === 'loading') return <Loading />;
  if (!card && state.status === 'error') {
    // 404 is "not a client or applicant of yours, or no access": say so calmly.
    if (state.error instanceof ApiError && state.error.status === 404) return <Paragraph className="v-muted">{tx.section.notClient}</Paragraph>;
    return <ErrorAlert error={state.error} />;
  }
  if (!card) return null;
  const today = localToday();
  const myUnits = new Set(me.user.grants.filter((g) => g.role === ELDERLY.careWorker && g.unitId).map((g) => g.unitId as string));
  const recordUnits = card.clients.filter((c) => myUnits.has(c.unitId) && c.startDate <= today && (c.endDate === null || c.endDate >= today));
  return (
    <div data-testid="elderly-person-section">
      <Clients card={card} />
      <Applications card={card} />
      <Plans plans={card.servicePlans} />
      {can(ELDERLY.planCreate) && card.clients.length > 0 && <PlanForm personId={personId} latest={card.servicePlans[0] ?? null} onSaved={reload} />}
      <Decisions card={card} />
      {card.fees && <Fees fees={card.fees} />}
      {can(ELDERLY.recordRead) && card.clients.length > 0 && <CareRecords personId={personId} units={recordUnits.map((c) => ({ id: c.unitId, name: c.unitName }))} canWrite={can(ELDERLY.recordCreate)} />}
    </div>
  );
}

function Clients({ card }: { card: ClientCard }) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  if (card.clients.length === 0) return null;
  return (
    <section aria-labelledby="elderly-client-h" className="v-section" data-testid="elderly-client">
      <Heading variant="h4" as="h4" id="elderly-client-h">
        {tx.section.client}
      </Heading>
      {card.clients.map((c) => (
        <div key={c.id}>
          <Facts
            items={[
              [tx.unit, c.unitName],
              [tx.section.period, `${formatDate(c.startDate, lang)}–${formatDate(c.endDate, lang)}`],
              [
                tx.section.contacts,
                c.contacts.length === 0
                  ? tx.section.noContacts
                  : c.contacts.map((x) => `${x.name ?? '–'} (${tx.section.relations[x.relation] ?? x.relation}${x.phone ? `, ${x.phone}` : ''})`).join('; '),
              ],
            ]}
          />
        </div>
      ))}
    </section>
  );
}

function Applications({ card }: { card: ClientCard }) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  const date = (d: string | null) => (d ? formatDate(d, lang) : '–');
  return (
    <section aria-labelledby="elderly-apps-h" className="v-section" data-testid="elderly-applications">
      <Heading variant="h4" as="h4" id="elderly-apps-h">
        {tx.section.applications}
      </Heading>
      {card.applications.length === 0 ? (
        <Paragraph className="v-muted">{tx.section.noApplications}</Paragraph>
      ) : (
        <table className="v-table">
          <caption className="v-visually-hidden">{tx.section.applications}</caption>
          <thead>
            <tr>
              <th scope="col">{tx.kind}</th>
              <th scope="col">{tx.received}</th>
              <th scope="col">{tx.status}</th>
              <th scope="col">{tx.startDue}</th>
              <th scope="col">{tx.started}</th>
              <th scope="col">{tx.processingDue}</th>
            </tr>
          </thead>
          <tbody>
            {card.applications.map((a) => (
              <tr key={a.id}>
                <td>{tx.applicationKinds[a.kind] ?? a.kind}</td>
                <td>{date(a.receivedOn)}</td>
                <td>{tx.applicationStatuses[a.status] ?? a.status}</td>
                <td>{a.assessmentStartDue ? date(a.assessmentStartDue) : <span className="v-muted">{tx.noLimit}</span>}</td>
                <td>
                  {date(a.assessmentStartedOn)}
                  {a.assessmentStartedOn && a.assessmentStartDue && a.assessmentStartedOn > a.assessmentStartDue && <span className="v-tag v-tag-warning">{tx.overdue}</span>}
                </td>
                <td>{date(a.processingDue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Plans({ plans }: { plans: ServicePlan[] }) {
  const tx = useElderlyTexts();
  return <PlanVersions idPrefix="elderly" texts={tx.section} secondLabel={tx.section.services} plans={plans.map((p) => ({ ...p, second: p.services }))} />;
}

function PdfLinks({ url, what, date }: { url: (lang: 'fi' | 'sv') => string; what: string; date: string }) {
  const tx = useElderlyTexts();
  return (
    <>
      {(['fi', 'sv'] as const).map((l) => (
        <a key={l} href={url(l)} target="_blank" rel="noopener" className="v-pdf-link" aria-label={tx.section.pdfLabel(what, date, tx.section.pdfLanguages[l] ?? l)} style={{ marginRight: 12 }}>
          {tx.section.pdf(l)}
        </a>
      ))}
    </>
  );
}

function Decisions({ card }: { card: ClientCard }) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  const { can } = useAuthenticated();
  const canPrint = can(ELDERLY.decisionPrint);
  return (
    <section aria-labelledby="elderly-decisions-h" className="v-section" data-testid="elderly-decisions">
      <Heading variant="h4" as="h4" id="elderly-decisions-h">
        {tx.section.decisions}
      </Heading>
      {card.decisions.length === 0 ? (
        <Paragraph className="v-muted">{tx.section.noDecisions}</Paragraph>
      ) : (
        <table className="v-table">
          <caption className="v-visually-hidden">{tx.section.decisions}</caption>
          <thead>
            <tr>
              <th scope="col">{tx.section.decidedOn}</th>
              <th scope="col">{tx.section.service}</th>
              <th scope="col">{tx.section.outcome}</th>
              <th scope="col" className="v-num">
                {tx.section.hours}
              </th>
              <th scope="col">{tx.section.arrangeBy}</th>
              <th scope="col">{tx.section.provider}</th>
              {canPrint && <th scope="col">{tx.section.document}</th>}
            </tr>
          </thead>
          <tbody>
            {card.decisions.map((d) => {
              const service = tx.section.serviceTypes[d.serviceType] ?? d.serviceType;
              return (
                <tr key={d.id} data-testid="elderly-decision-row">
                  <td>{formatDate(d.decidedOn, lang)}</td>
                  <td>{service}</td>
                  <td>{tx.section.outcomes[d.outcome] ?? d.outcome}</td>
                  <td className="v-num">{d.hoursPerMonth === null ? '–' : num(d.hoursPerMonth, lang)}</td>
                  <td>{d.arrangeBy ? formatDate(d.arrangeBy, lang) : '–'}</td>
                  <td>{d.providerName ?? '–'}</td>
                  {canPrint && (
                    <td>
                      <PdfLinks url={(l) => decisionPdfUrl(d.id, l)} what={service} date={formatDate(d.decidedOn, lang)} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Fees({ fees }: { fees: NonNullable<ClientCard['fees']> }) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  const { can } = useAuthenticated();
  const canPrint = can(ELDERLY.feeDecisionPrint);
  const eur = (n: number) => tx.section.euros(num(n, lang));
  return (
    <section aria-labelledby="elderly-fees-h" className="v-section" data-testid="elderly-fees">
      <Heading variant="h4" as="h4" id="elderly-fees-h">
        {tx.section.fees}
      </Heading>
      {fees.feeDecisions.length === 0 ? (
        <Paragraph className="v-muted">{tx.section.noFees}</Paragraph>
      ) : (
        <table className="v-table">
          <caption>{tx.section.feeDecisions}</caption>
          <thead>
            <tr>
              <th scope="col">{tx.section.period}</th>
              <th scope="col" className="v-num">
                {tx.section.income}
              </th>
              <th scope="col" className="v-num">
                {tx.section.percent}
              </th>
              <th scope="col" className="v-num">
                {tx.section.monthlyFee}
              </th>
              {canPrint && <th scope="col">{tx.section.document}</th>}
            </tr>
          </thead>
          <tbody>
            {fees.feeDecisions.map((f) => (
              <tr key={f.id}>
                <td>
                  {formatDate(f.validFrom, lang)}–{formatDate(f.validTo, lang)}
                  {f.parametersUnverified && (
                    <span className="v-tag v-tag-warning" title={tx.section.unverified}>
                      <span aria-hidden="true">!</span>
                      <span className="v-visually-hidden">{tx.section.unverified}</span>
                    </span>
                  )}
                </td>
                <td className="v-num">{eur(f.grossIncome)}</td>
                <td className="v-num">{num(f.percent, lang)} %</td>
                <td className="v-num">{eur(f.monthlyFee)}</td>
                {canPrint && (
                  <td>
                    <PdfLinks url={(l) => feeDecisionPdfUrl(f.id, l)} what={tx.section.feeDecision} date={formatDate(f.validFrom, lang)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {fees.invoices.length === 0 ? (
        <Paragraph className="v-muted">{tx.section.noInvoices}</Paragraph>
      ) : (
        <table className="v-table" data-testid="elderly-invoices">
          <caption>{tx.section.invoices}</caption>
          <thead>
            <tr>
              <th scope="col">{tx.section.month}</th>
              <th scope="col" className="v-num">
                {tx.section.days}
              </th>
              <th scope="col" className="v-num">
                {tx.section.amount}
              </th>
            </tr>
          </thead>
          <tbody>
            {fees.invoices.map((i) => (
              <tr key={i.id}>
                <td>{i.month}</td>
                <td className="v-num">{i.days}</td>
                <td className="v-num">{eur(i.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
