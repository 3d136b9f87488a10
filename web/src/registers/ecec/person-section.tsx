// The ECEC section of a person card: placements, fee decisions, the month's attendance against
// the service need, and the ECEC plan (vasu) with its versions. Each part is loaded only when the
// user's roles allow it; a child's attendance and plan only when the child has placements.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n, type Lang } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, Facts, useAsync } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { addMonths, ECEC, ececApi, feeDecisionPdfUrl, isMonth, localToday, type FeeDecision, type Placement, type VasuVersion } from './ecec-api.ts';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);
const num = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { maximumFractionDigits: 2 });
const period = (from: string, to: string | null, lang: Lang) => `${formatDate(from, lang)}–${formatDate(to, lang)}`;

export function EcecPersonSection({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { api, can } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const canChild = can(ECEC.childRead);
  const [placements] = useAsync(
    () => (canChild ? ecec.placements(personId) : Promise.resolve({ placements: [] as Placement[] })),
    [ecec, personId, canChild],
  );
  // 404 is "no such data or no access" (e.g. unit staff looking at a guardian): say so calmly.
  const denied = placements.status === 'error' && placements.error instanceof ApiError && placements.error.status === 404;
  const hasPlacements = placements.status === 'ok' && placements.data.placements.length > 0;
  return (
    <div data-testid="ecec-person-section">
      {canChild &&
        (denied ? (
          <Paragraph className="v-muted">{t.ecec.noAccess}</Paragraph>
        ) : (
          <AsyncView state={placements}>{(d) => <Placements placements={d.placements} />}</AsyncView>
        ))}
      {hasPlacements && can(ECEC.attendanceRead) && <Attendance childId={personId} />}
      {can(ECEC.feeDecisionRead) && <FeeDecisions personId={personId} />}
      {hasPlacements && can(ECEC.vasuRead) && <Vasu childId={personId} />}
    </div>
  );
}

function Placements({ placements }: { placements: Placement[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="ecec-placements-h" data-testid="ecec-placements" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-placements-h">
        {t.ecec.placements}
      </Heading>
      {placements.length === 0 ? (
        <Paragraph className="v-muted">{t.ecec.noPlacements}</Paragraph>
      ) : (
        <table className="v-table">
          <caption className="v-visually-hidden">{t.ecec.placements}</caption>
          <thead>
            <tr>
              <th scope="col">{t.ecec.unit}</th>
              <th scope="col">{t.ecec.type}</th>
              <th scope="col">{t.ecec.period}</th>
              <th scope="col" className="v-num">
                {t.ecec.serviceNeed}
              </th>
              <th scope="col">{t.ecec.placementDecision}</th>
            </tr>
          </thead>
          <tbody>
            {placements.map((p) => (
              <tr key={p.id}>
                <td>{p.unitName}</td>
                <td>{t.ecec.placementTypes[p.type] ?? p.type}</td>
                <td>{period(p.startDate, p.endDate, lang)}</td>
                <td className="v-num">{t.ecec.hoursPerMonth(num(p.hoursPerMonth, lang))}</td>
                <td>{p.decisions.length ? p.decisions.map((d) => formatDate(d.decisionDate, lang)).join(', ') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FeeDecisions({ personId }: { personId: string }) {
  const { t, lang } = useI18n();
  const { api, can } = useAuthenticated();
  const [state] = useAsync(() => ececApi(api).feeDecisions(personId), [api, personId]);
  const canPrint = can(ECEC.feeDecisionPrint);
  const childFee = (d: FeeDecision) => d.children.find((c) => c.childId === personId)?.fee;
  return (
    <section aria-labelledby="ecec-fees-h" data-testid="ecec-fee-decisions" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-fees-h">
        {t.ecec.feeDecisions}
      </Heading>
      <AsyncView state={state}>
        {({ feeDecisions }) =>
          feeDecisions.length === 0 ? (
            <Paragraph className="v-muted">{t.ecec.noFeeDecisions}</Paragraph>
          ) : (
            <table className="v-table">
              <caption className="v-visually-hidden">{t.ecec.feeDecisions}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.ecec.decisionNumber}</th>
                  <th scope="col">{t.ecec.validity}</th>
                  <th scope="col">{t.ecec.status}</th>
                  <th scope="col" className="v-num">
                    {t.ecec.childFee}
                  </th>
                  <th scope="col" className="v-num">
                    {t.ecec.totalFee}
                  </th>
                </tr>
              </thead>
              <tbody>
                {feeDecisions.map((d) => {
                  const fee = childFee(d);
                  return (
                    <tr key={d.id}>
                      <td>
                        {canPrint ? (
                          <a href={feeDecisionPdfUrl(d.id)} target="_blank" rel="noopener" aria-label={t.ecec.decisionPdf(String(d.decisionNumber))} data-testid="ecec-fee-pdf">
                            {String(d.decisionNumber)} (PDF)
                          </a>
                        ) : (
                          String(d.decisionNumber)
                        )}
                      </td>
                      <td>{period(d.validFrom, d.validTo, lang)}</td>
                      <td>{t.ecec.feeStatuses[d.status] ?? d.status}</td>
                      <td className="v-num">{fee === undefined ? '–' : t.ecec.euros(num(fee, lang))}</td>
                      <td className="v-num">{t.ecec.euros(num(d.totalFee, lang))}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </section>
  );
}

function Attendance({ childId }: { childId: string }) {
  const { t, lang } = useI18n();
  const { api } = useAuthenticated();
  const [month, setMonth] = useState(() => localToday().slice(0, 7));
  const [input, setInput] = useState(month);
  const [error, setError] = useState<string | null>(null);
  const [state] = useAsync(() => ececApi(api).attendance(childId, month), [api, childId, month]);
  const go = (m: string) => {
    setError(null);
    setInput(m);
    setMonth(m);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isMonth(input)) return setError(t.ecec.invalidMonth);
    go(input);
  };
  const hours = (n: number | null) => (n === null ? '–' : t.ecec.hours(num(n, lang)));
  return (
    <section aria-labelledby="ecec-attendance-h" data-testid="ecec-attendance" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-attendance-h">
        {t.ecec.attendance}
      </Heading>
      <form className="v-inline-form" onSubmit={submit} noValidate aria-label={t.ecec.attendance}>
        <Button variant="secondary" type="button" onClick={() => go(addMonths(month, -1))}>
          {t.ecec.previousMonth}
        </Button>
        <TextInput labelText={t.ecec.month} hintText={t.ecec.monthHint} name="month" value={input} onChange={(v) => setInput(String(v ?? ''))} status={error ? 'error' : 'default'} statusText={error ?? ''} />
        <Button type="submit">{t.ecec.show}</Button>
        <Button variant="secondary" type="button" onClick={() => go(addMonths(month, 1))}>
          {t.ecec.nextMonth}
        </Button>
      </form>
      <AsyncView state={state}>
        {(a) => {
          const absences = Object.entries(a.absencesByType).filter(([, n]) => n > 0);
          return (
            <div aria-live="polite">
              {a.overrun && (
                <InlineAlert status="warning" className="v-mb" data-testid="ecec-overrun">
                  {t.ecec.overrun}
                </InlineAlert>
              )}
              <Facts
                items={[
                  [t.ecec.serviceNeed, hours(a.serviceNeedHours)],
                  [t.ecec.realised, hours(a.realisedHours)],
                  [t.ecec.reserved, hours(a.reservedHours)],
                  [t.ecec.absences, absences.length ? absences.map(([k, n]) => `${t.ecec.absenceTypes[k] ?? k}: ${n}`).join(', ') : t.ecec.noAbsences],
                ]}
              />
            </div>
          );
        }}
      </AsyncView>
    </section>
  );
}

function Vasu({ childId }: { childId: string }) {
  const { t } = useI18n();
  const { api } = useAuthenticated();
  const [state] = useAsync(() => ececApi(api).vasu(childId), [api, childId]);
  return (
    <section aria-labelledby="ecec-vasu-h" data-testid="ecec-vasu" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-vasu-h">
        {t.ecec.vasu}
      </Heading>
      <AsyncView state={state}>{({ versions }) => (versions.length === 0 ? <Paragraph className="v-muted">{t.ecec.noVasu}</Paragraph> : <VasuVersions versions={versions} />)}</AsyncView>
    </section>
  );
}

function VasuVersions({ versions }: { versions: VasuVersion[] }) {
  const { t, lang } = useI18n();
  const latest = versions[versions.length - 1]!;
  const [selectedId, setSelectedId] = useState(latest.id);
  const shown = versions.find((v) => v.id === selectedId) ?? latest;
  return (
    <>
      <Heading variant="h5" as="h5" id="ecec-vasu-versions-h">
        {t.ecec.versions}
      </Heading>
      <ul className="v-plain-list" aria-labelledby="ecec-vasu-versions-h" data-testid="ecec-vasu-versions">
        {[...versions].reverse().map((v) => (
          <li key={v.id}>
            <button type="button" className={v.id === shown.id ? 'v-lang-btn v-lang-current' : 'v-lang-btn'} style={{ border: '1px solid #2a6ebb', borderRadius: 2 }} aria-pressed={v.id === shown.id} onClick={() => setSelectedId(v.id)}>
              {t.ecec.version(v.version)}
              {v.id === latest.id ? ` (${t.ecec.latest})` : ''}
            </button>{' '}
            <span className="v-muted">{t.ecec.authored(v.authoredBy ?? '–', formatDateTime(v.createdAt, lang))}</span>
          </li>
        ))}
      </ul>
      <article aria-labelledby="ecec-vasu-shown-h" className="v-card" data-testid="ecec-vasu-shown">
        <Heading variant="h5" as="h5" id="ecec-vasu-shown-h">
          {t.ecec.version(shown.version)}
          {shown.id === latest.id ? ` (${t.ecec.latest})` : ''}
        </Heading>
        <Paragraph className="v-muted">{shown.visibleToGuardians ? t.ecec.visibleToGuardians : t.ecec.notVisibleToGuardians}</Paragraph>
        {shown.sections.map((s) => (
          <div key={s.id}>
            <Heading variant="h5" as="h6">
              {s.title}
            </Heading>
            <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.content}</Paragraph>
          </div>
        ))}
      </article>
    </>
  );
}
