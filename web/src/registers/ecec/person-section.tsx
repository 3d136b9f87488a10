// The ECEC section of a person card: placements, the child's applications, fee and voucher value
// decisions, the month's attendance against the service need, and the ECEC plan (vasu) with its
// versions, where unit staff write a new version. Each part is loaded only when the
// user's roles allow it; a child's attendance and plan only when the child has placements.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n, type Lang } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, Facts, Loading, useAsync } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { addMonths, ECEC, ececApi, feeDecisionPdfUrl, isMonth, localToday, placementDecisionPdfUrl, voucherDecisionPdfUrl, type FeeDecision, type Placement, type VasuVersion, type VoucherValueDecision } from './ecec-api.ts';
import { VasuEditor } from './vasu-editor.tsx';
import { AppLink } from '../../router.tsx';

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
      {canChild && !denied && <Applications childId={personId} />}
      {hasPlacements && can(ECEC.attendanceRead) && <Attendance childId={personId} />}
      {can(ECEC.feeDecisionRead) && <FeeDecisions personId={personId} />}
      {hasPlacements && can(ECEC.monthlyFeeRead) && <MonthlyFeeSection childId={personId} />}
      {hasPlacements && can(ECEC.vasuRead) && <Vasu childId={personId} />}
    </div>
  );
}

function Placements({ placements }: { placements: Placement[] }) {
  const { t, lang } = useI18n();
  const { can } = useAuthenticated();
  const canPrint = can(ECEC.placementDecisionPrint);
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
                <td data-testid="ecec-placement-decisions">
                  {p.decisions.length
                    ? p.decisions.map((d, i) => (
                        <span key={d.id}>
                          {i > 0 && ', '}
                          {formatDate(d.decisionDate, lang)}
                          {canPrint && (
                            <>
                              {' '}
                              <a href={placementDecisionPdfUrl(d.id)} target="_blank" rel="noopener" aria-label={t.ecec.placementDecisionPdf(formatDate(d.decisionDate, lang))} data-testid="ecec-placement-pdf">
                                (PDF)
                              </a>
                            </>
                          )}
                        </span>
                      ))
                    : '–'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The child's applications the user may see; nothing is shown for a person without any. */
function Applications({ childId }: { childId: string }) {
  const { t, lang } = useI18n();
  const { api } = useAuthenticated();
  const [state] = useAsync(() => ececApi(api).childApplications(childId), [api, childId]);
  if (state.status === 'ok' && state.data.applications.length === 0) return null;
  return (
    <section aria-labelledby="ecec-applications-h" data-testid="ecec-applications" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-applications-h">
        {t.ecec.applications}
      </Heading>
      <AsyncView state={state}>
        {({ applications }) => (
          <table className="v-table">
            <caption className="v-visually-hidden">{t.ecec.applications}</caption>
            <thead>
              <tr>
                <th scope="col">{t.ecec.applicationType}</th>
                <th scope="col">{t.ecec.sentDate}</th>
                <th scope="col">{t.ecec.preferredStart}</th>
                <th scope="col">{t.ecec.unit}</th>
                <th scope="col">{t.ecec.status}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <td>
                    <AppLink href={`/ecec/applications/${a.id}`}>{t.ecec.applicationTypes[a.type] ?? a.type}</AppLink>
                  </td>
                  <td>{formatDate(a.sentDate, lang)}</td>
                  <td>{formatDate(a.preferredStartDate, lang)}</td>
                  <td>{a.unitName ?? '–'}</td>
                  <td>
                    {t.ecec.applicationStatuses[a.status] ?? a.status}
                    {a.placeGuaranteeAtRisk && <span className="v-tag v-tag-warning">{t.ecec.guaranteeTag}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </AsyncView>
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
        {({ feeDecisions, voucherValueDecisions }) => (
          <>
          {feeDecisions.length === 0 ? (
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
          )}
          {voucherValueDecisions.length > 0 && <VoucherValueDecisions decisions={voucherValueDecisions} personId={personId} />}
          </>
        )}
      </AsyncView>
    </section>
  );
}

/** Voucher value decisions (arvopäätökset) of a child in a private voucher unit, or of the family. */
function VoucherValueDecisions({ decisions, personId }: { decisions: VoucherValueDecision[]; personId: string }) {
  const { t, lang } = useI18n();
  const { can } = useAuthenticated();
  const canPrint = can(ECEC.feeDecisionPrint);
  const shown = decisions.some((d) => d.childId === personId) ? decisions.filter((d) => d.childId === personId) : decisions;
  return (
    <div data-testid="ecec-voucher-decisions" style={{ marginTop: 16 }}>
      <Heading variant="h5" as="h5" id="ecec-vouchers-h">
        {t.ecec.voucherDecisions}
      </Heading>
      <table className="v-table" aria-labelledby="ecec-vouchers-h">
        <thead>
          <tr>
            <th scope="col">{t.ecec.decisionNumber}</th>
            <th scope="col">{t.ecec.validity}</th>
            <th scope="col">{t.ecec.status}</th>
            <th scope="col" className="v-num">
              {t.ecec.serviceNeed}
            </th>
            <th scope="col" className="v-num">
              {t.ecec.voucherValue}
            </th>
            <th scope="col" className="v-num">
              {t.ecec.coPayment}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.id}>
              <td>
                {canPrint ? (
                  <a href={voucherDecisionPdfUrl(d.id)} target="_blank" rel="noopener" aria-label={t.ecec.voucherDecisionPdf(String(d.decisionNumber))} data-testid="ecec-voucher-pdf">
                    {String(d.decisionNumber)} (PDF)
                  </a>
                ) : (
                  String(d.decisionNumber)
                )}
              </td>
              <td>{period(d.validFrom, d.validTo, lang)}</td>
              <td>{t.ecec.feeStatuses[d.status] ?? d.status}</td>
              <td className="v-num">{t.ecec.hoursPerMonth(num(d.hoursPerMonth, lang))}</td>
              <td className="v-num">{t.ecec.euros(num(d.voucherValue, lang))}</td>
              <td className="v-num">{t.ecec.euros(num(d.coPayment, lang))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A month shown on the card, with previous/next buttons and a typed month (YYYY-MM) that is
 * checked before it is used. `label` names the form and the field, `name` the input.
 */
function useMonthPicker(label: string, name: string) {
  const { t } = useI18n();
  const [month, setMonth] = useState(() => localToday().slice(0, 7));
  const [input, setInput] = useState(month);
  const [error, setError] = useState<string | null>(null);
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
  const form = (formLabel: string) => (
    <form className="v-inline-form" onSubmit={submit} noValidate aria-label={formLabel}>
      <Button variant="secondary" type="button" onClick={() => go(addMonths(month, -1))}>
        {t.ecec.previousMonth}
      </Button>
      <TextInput labelText={label} hintText={t.ecec.monthHint} name={name} value={input} onChange={(v) => setInput(String(v ?? ''))} status={error ? 'error' : 'default'} statusText={error ?? ''} />
      <Button type="submit">{t.ecec.show}</Button>
      <Button variant="secondary" type="button" onClick={() => go(addMonths(month, 1))}>
        {t.ecec.nextMonth}
      </Button>
    </form>
  );
  return { month, form };
}

function Attendance({ childId }: { childId: string }) {
  const { t, lang } = useI18n();
  const { api } = useAuthenticated();
  const { month, form } = useMonthPicker(t.ecec.month, 'month');
  const [state] = useAsync(() => ececApi(api).attendance(childId, month), [api, childId, month]);
  const hours = (n: number | null) => (n === null ? '–' : t.ecec.hours(num(n, lang)));
  return (
    <section aria-labelledby="ecec-attendance-h" data-testid="ecec-attendance" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-attendance-h">
        {t.ecec.attendance}
      </Heading>
      {form(t.ecec.attendance)}
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

/**
 * The month's charge (kuukausimaksu): the decided fee, prorated by operating days for a part
 * month, and the absence rules of 1503/2016 applied, each step with its change in euros.
 */
function MonthlyFeeSection({ childId }: { childId: string }) {
  const { t, lang } = useI18n();
  const { api } = useAuthenticated();
  const { month, form } = useMonthPicker(t.ecec.monthlyFeeMonth, 'monthly-fee-month');
  const [state] = useAsync(() => ececApi(api).monthlyFee(childId, month), [api, childId, month]);
  const euros = (cents: number) => t.ecec.amount((cents / 100).toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  return (
    <section aria-labelledby="ecec-monthly-fee-h" data-testid="ecec-monthly-fee" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-monthly-fee-h">
        {t.ecec.monthlyFee}
      </Heading>
      {form(t.ecec.monthlyFee)}
      <AsyncView state={state}>
        {(f) => (
          <div aria-live="polite">
            <Facts
              items={[
                [t.ecec.monthlyCharge, <strong data-testid="ecec-monthly-charge">{euros(f.chargeCents)}</strong>],
                [t.ecec.operatingDaysLabel, t.ecec.operatingDaysCharged(f.chargedDays, f.operatingDays)],
                [t.ecec.sickDaysCount, String(f.sickDays)],
              ]}
            />
            <table className="v-table" data-testid="ecec-monthly-fee-steps">
              <caption className="v-visually-hidden">{t.ecec.monthlyFee}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.ecec.monthlyFeeStep}</th>
                  <th scope="col" className="v-num">
                    {t.ecec.monthlyFeeChange}
                  </th>
                  <th scope="col" className="v-num">
                    {t.ecec.monthlyFeeResult}
                  </th>
                </tr>
              </thead>
              <tbody>
                {f.steps.map((s, i) => (
                  <tr key={i} data-rule={s.rule}>
                    <td>{t.ecec.monthlyFeeRules[s.rule] ?? s.rule}</td>
                    <td className="v-num">{euros(s.changeCents)}</td>
                    <td className="v-num">{euros(s.resultCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncView>
    </section>
  );
}

function Vasu({ childId }: { childId: string }) {
  const { t } = useI18n();
  const { api, can } = useAuthenticated();
  const [state, reload] = useAsync(() => ececApi(api).vasu(childId), [api, childId]);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  // The version just saved: until the reloaded list has it, the old list is not offered for editing.
  const [savedVersion, setSavedVersion] = useState(0);
  const canWrite = can(ECEC.vasuWrite);
  return (
    <section aria-labelledby="ecec-vasu-h" data-testid="ecec-vasu" className="v-section">
      <Heading variant="h4" as="h4" id="ecec-vasu-h">
        {t.ecec.vasu}
      </Heading>
      <div role="status" className="v-mb" data-testid="ecec-vasu-saved">
        {saved}
      </div>
      {state.status === 'error' && state.error instanceof ApiError && state.error.status === 404 ? (
        // A child of another unit than the user's own: no plan to show, calmly.
        <Paragraph className="v-muted">{t.ecec.noAccess}</Paragraph>
      ) : (
      <AsyncView state={state}>
        {({ versions }) => {
          const latest = versions[versions.length - 1] ?? null;
          if ((latest?.version ?? 0) < savedVersion) return <Loading />;
          return (
            <>
              {canWrite &&
                (editing ? (
                  <VasuEditor
                    childId={childId}
                    latest={latest}
                    onCancel={() => setEditing(false)}
                    onSaved={(version) => {
                      setEditing(false);
                      setSavedVersion(version);
                      setSaved(t.ecec.versionSaved(version));
                      reload();
                    }}
                  />
                ) : (
                  <div className="v-actions v-mb">
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setSaved('');
                        setEditing(true);
                      }}
                      data-testid="ecec-vasu-new"
                    >
                      {latest ? t.ecec.writeNewVersion : t.ecec.writeFirstVersion}
                    </Button>
                  </div>
                ))}
              {versions.length === 0 ? <Paragraph className="v-muted">{t.ecec.noVasu}</Paragraph> : <VasuVersions key={versions.length} versions={versions} />}
            </>
          );
        }}
      </AsyncView>
      )}
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
            {s.content.trim() ? <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.content}</Paragraph> : <Paragraph className="v-muted">–</Paragraph>}
          </div>
        ))}
      </article>
    </>
  );
}
