// The social-work section of a person card: the client relationship and contacts, notifications
// with their deadlines (the notifier only for the social worker) and the decision on starting the
// assessment, applications, the client plan with its versions and a form for a new one,
// decisions with their PDFs and situation data (social worker), and the client narrative.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textarea } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, Facts, Loading, useAsync, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { decisionPdfUrl, localToday, SOCIAL, socialApi, type ClientCard, type ClientPlan, type Deadline } from './api.ts';
import { useSocialTexts } from './i18n.ts';
import { Narrative } from './narrative.tsx';
import { PlanForm } from './plan-form.tsx';
import { PlanVersions } from '../../components/plan-form.tsx';

export function SocialPersonSection({ personId }: { personId: string }) {
  const tx = useSocialTexts();
  const { api, can, me } = useAuthenticated();
  const social = useMemo(() => socialApi(api.http), [api]);
  const [state, reload] = useAsync(() => social.card(personId), [social, personId]);
  // While reloading after a save, keep showing the card (and the forms with their status).
  const last = useRef<ClientCard | null>(null);
  if (state.status === 'ok') last.current = state.data;
  const card = state.status === 'ok' ? state.data : state.status === 'loading' ? last.current : null;
  if (!card && state.status === 'loading') return <Loading />;
  if (!card && state.status === 'error') {
    // 404 is "not a client of your unit, or no access": say so calmly.
    if (state.error instanceof ApiError && state.error.status === 404) return <Paragraph className="v-muted">{tx.section.notClient}</Paragraph>;
    return <ErrorAlert error={state.error} />;
  }
  if (!card) return null;
  const today = localToday();
  const grants = me.user.grants;
  const unitsWith = (roles: string[]) => new Set(grants.filter((g) => g.unitId && roles.includes(g.role)).map((g) => g.unitId as string));
  const workUnits = unitsWith([SOCIAL.socialWorker, SOCIAL.familyWorker]);
  const decideUnits = unitsWith([SOCIAL.socialWorker]);
  const writeUnits = card.clients.filter((c) => workUnits.has(c.unitId) && c.startDate <= today && (c.endDate === null || c.endDate >= today));
  return (
    <div data-testid="social-person-section">
      <Clients card={card} />
      <Notifications card={card} decideUnits={can(SOCIAL.notificationDecide) ? decideUnits : new Set()} onDecided={reload} />
      <Applications card={card} />
      <Plans plans={card.clientPlans} />
      {can(SOCIAL.planCreate) && writeUnits.length > 0 && <PlanForm personId={personId} latest={card.clientPlans[0] ?? null} onSaved={reload} />}
      {card.decisions && <Decisions decisions={card.decisions} />}
      {card.situation && <Situation situation={card.situation} />}
      {can(SOCIAL.narrativeRead) && <Narrative personId={personId} units={writeUnits.map((c) => ({ id: c.unitId, name: c.unitName }))} canWrite={can(SOCIAL.narrativeCreate)} />}
    </div>
  );
}

function Clients({ card }: { card: ClientCard }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="social-client-h" className="v-section" data-testid="social-client">
      <Heading variant="h4" as="h4" id="social-client-h">
        {tx.section.client}
      </Heading>
      {card.clients.map((c) => (
        <Facts
          key={c.id}
          items={[
            [tx.unit, c.unitName],
            [tx.section.serviceArea, tx.section.serviceAreas[c.serviceArea] ?? c.serviceArea],
            [tx.section.period, `${formatDate(c.startDate, lang)}–${formatDate(c.endDate, lang)}`],
            [
              tx.section.contacts,
              c.contacts.length === 0
                ? tx.section.noContacts
                : c.contacts.map((x) => `${x.name ?? '–'} (${tx.section.relations[x.relation] ?? x.relation}${x.phone ? `, ${x.phone}` : ''})`).join('; '),
            ],
          ]}
        />
      ))}
    </section>
  );
}

function DeadlineList({ deadlines }: { deadlines: Deadline[] }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  const today = localToday();
  if (deadlines.length === 0) return <>–</>;
  return (
    <ul className="v-plain-list" style={{ margin: 0 }}>
      {deadlines.map((d) => (
        <li key={d.kind}>
          {tx.deadlineKinds[d.kind] ?? d.kind}: {formatDate(d.dueOn, lang)}{' '}
          {d.metOn ? (
            <span className="v-muted">({tx.section.met(formatDate(d.metOn, lang))})</span>
          ) : d.dueOn < today ? (
            <span className="v-tag v-tag-warning">{tx.overdue}</span>
          ) : (
            <span className="v-muted">({tx.section.open})</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function Notifications({ card, decideUnits, onDecided }: { card: ClientCard; decideUnits: Set<string>; onDecided: () => void }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="social-notifications-h" className="v-section" data-testid="social-notifications">
      <Heading variant="h4" as="h4" id="social-notifications-h">
        {tx.section.notifications}
      </Heading>
      {card.notifications.length === 0 ? (
        <Paragraph className="v-muted">{tx.section.noNotifications}</Paragraph>
      ) : (
        card.notifications.map((n) => {
          const kind = tx.notificationKinds[n.kind] ?? n.kind;
          const notifier = n.notifier;
          const open = n.deadlines.some((d) => d.kind === 'assessment_start_decision' && d.metOn === null);
          return (
            <article key={n.id} className="v-card v-mb" aria-label={`${kind} ${formatDate(n.receivedOn, lang)}`} data-testid="social-notification">
              <div>
                <strong>{kind}</strong> <span className="v-muted">{formatDate(n.receivedOn, lang)}</span>
                {n.urgent && <span className="v-tag v-tag-warning">{tx.urgent}</span>}
              </div>
              <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.summary}</Paragraph>
              <Facts
                items={[
                  [
                    tx.section.notifier,
                    notifier.role === undefined
                      ? tx.section.notifierHidden
                      : `${tx.section.notifierRoles[notifier.role ?? ''] ?? notifier.role ?? '–'}${notifier.name ? `, ${notifier.name}` : ''}${notifier.identityProtected ? ` (${tx.section.notifierProtected})` : ''}`,
                  ],
                  [tx.section.deadlines, <DeadlineList key="d" deadlines={n.deadlines} />],
                ]}
              />
              {open && decideUnits.has(n.unitId) && <DecideAssessment notificationId={n.id} label={`${kind} ${formatDate(n.receivedOn, lang)}`} onDecided={onDecided} />}
            </article>
          );
        })
      )}
    </section>
  );
}

/** LSL 26 §: the decision whether to start the service-need assessment, within 7 working days. */
function DecideAssessment({ notificationId, label, onDecided }: { notificationId: string; label: string; onDecided: () => void }) {
  const tx = useSocialTexts();
  const { api } = useAuthenticated();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `social-decide-${notificationId}`;
  const decide = async (start: boolean) => {
    setError(null);
    if (!text.trim()) return setTextError(tx.section.decideTextRequired);
    setTextError(null);
    setBusy(true);
    try {
      await socialApi(api.http).decideAssessment(notificationId, { start, decidedOn: localToday(), text });
      onDecided();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'empty_text') setTextError(errorText(err));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="v-form" aria-labelledby={`${id}-h`} onSubmit={(e: FormEvent) => e.preventDefault()} noValidate data-testid="social-decide-form">
      <Heading variant="h5" as="h5" id={`${id}-h`}>
        {tx.section.decide}
        <span className="v-visually-hidden">: {label}</span>
      </Heading>
      <Textarea labelText={tx.section.decideText} name="decision-text" value={text} onChange={(e) => setText(e.target.value)} status={textError ? 'error' : 'default'} statusText={textError ?? ''} fullWidth rows={2} />
      <div className="v-actions">
        <Button type="button" disabled={busy} onClick={() => void decide(true)}>
          {tx.section.decideStart}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => void decide(false)}>
          {tx.section.decideNoStart}
        </Button>
      </div>
      <ErrorAlert error={error} />
    </form>
  );
}

function Applications({ card }: { card: ClientCard }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="social-apps-h" className="v-section" data-testid="social-applications">
      <Heading variant="h4" as="h4" id="social-apps-h">
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
              <th scope="col">{tx.section.deadlines}</th>
            </tr>
          </thead>
          <tbody>
            {card.applications.map((a) => (
              <tr key={a.id}>
                <td>
                  {tx.applicationKinds[a.kind] ?? a.kind}
                  {a.summary && (
                    <>
                      <br />
                      <span className="v-muted">{a.summary}</span>
                    </>
                  )}
                </td>
                <td>{formatDate(a.receivedOn, lang)}</td>
                <td>{tx.applicationStatuses[a.status] ?? a.status}</td>
                <td>
                  <DeadlineList deadlines={a.deadlines} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Plans({ plans }: { plans: ClientPlan[] }) {
  const tx = useSocialTexts();
  return <PlanVersions idPrefix="social" texts={tx.section} secondLabel={tx.section.measures} plans={plans.map((p) => ({ ...p, second: p.measures }))} />;
}

function Decisions({ decisions }: { decisions: NonNullable<ClientCard['decisions']> }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  const { can } = useAuthenticated();
  const canPrint = can(SOCIAL.decisionPrint);
  return (
    <section aria-labelledby="social-decisions-h" className="v-section" data-testid="social-decisions">
      <Heading variant="h4" as="h4" id="social-decisions-h">
        {tx.section.decisions}
      </Heading>
      {decisions.length === 0 ? (
        <Paragraph className="v-muted">{tx.section.noDecisions}</Paragraph>
      ) : (
        <table className="v-table">
          <caption className="v-visually-hidden">{tx.section.decisions}</caption>
          <thead>
            <tr>
              <th scope="col">{tx.section.decidedOn}</th>
              <th scope="col">{tx.kind}</th>
              <th scope="col">{tx.section.decidedBy}</th>
              {canPrint && <th scope="col">{tx.section.document}</th>}
            </tr>
          </thead>
          <tbody>
            {decisions.map((d) => {
              const kind = tx.section.decisionKinds[d.kind] ?? d.kind;
              const date = formatDate(d.decidedOn, lang);
              return (
                <tr key={d.id} data-testid="social-decision-row">
                  <td>{date}</td>
                  <td>
                    {kind}
                    <br />
                    <span className="v-muted" style={{ whiteSpace: 'pre-wrap' }}>
                      {d.text}
                    </span>
                  </td>
                  <td>{d.decidedBy ?? '–'}</td>
                  {canPrint && (
                    <td>
                      {(['fi', 'sv'] as const).map((l) => (
                        <a key={l} href={decisionPdfUrl(d.id, l)} target="_blank" rel="noopener" aria-label={tx.section.pdfLabel(kind, date, tx.section.pdfLanguages[l] ?? l)} style={{ marginRight: 12 }}>
                          {tx.section.pdf(l)}
                        </a>
                      ))}
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

function Situation({ situation }: { situation: NonNullable<ClientCard['situation']> }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="social-situation-h" className="v-section" data-testid="social-situation">
      <Heading variant="h4" as="h4" id="social-situation-h">
        {tx.section.situation}
      </Heading>
      {situation.length === 0 ? (
        <Paragraph className="v-muted">{tx.section.noSituation}</Paragraph>
      ) : (
        <Facts items={situation.map((s) => [`${tx.section.areas[s.area] ?? s.area}, ${formatDate(s.recordedOn, lang)}`, s.text] as [string, string])} />
      )}
    </section>
  );
}
