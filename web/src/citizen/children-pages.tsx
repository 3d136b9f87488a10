// A guardian's children in ECEC: the list, and a child's page with the placements, the month
// calendar (reservations and absence notices for coming days) and the ECEC plan (read-only).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n } from '../i18n/i18n.tsx';
import { AppLink } from '../router.tsx';
import { AsyncView, ErrorAlert, Page, useAsync } from '../components/common.tsx';
import { downloadUrl } from '../api/api.ts';
import { useCitizen } from './citizen-app.tsx';
import { CITIZEN_BASE, type CalendarDay } from './citizen-api.ts';
import { fill, useCitizenTexts } from './i18n.ts';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const normaliseTime = (s: string) => {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(s.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : s.trim();
};

/** This month in Finland, yyyy-mm. */
const thisMonth = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' }).format(new Date());
const shiftMonth = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const weekday = (iso: string) => (new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7;

export function ChildrenPage() {
  const c = useCitizenTexts();
  const { lang } = useI18n();
  const { api } = useCitizen();
  const [state] = useAsync(() => api.children(), [api]);
  return (
    <Page title={c.children.title}>
      <AsyncView state={state}>
        {({ children }) =>
          children.length === 0 ? (
            <Paragraph>{c.children.none}</Paragraph>
          ) : (
            <ul className="v-plain-list" data-testid="citizen-children">
              {children.map((ch) => (
                <li key={ch.id}>
                  <AppLink href={`${CITIZEN_BASE}/lapset/${ch.id}`} data-testid="citizen-child-link">
                    {ch.firstNames} {ch.lastName}
                  </AppLink>{' '}
                  – {c.children.unit}: {ch.placement.unitName}, {c.children.since} {formatDate(ch.placement.startDate, lang)}
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
    </Page>
  );
}

type Kind = 'reservation' | 'sickness' | 'other' | 'none';

function DayEditor({ childId, day, onDone, onCancel }: { childId: string; day: CalendarDay; onDone(): void; onCancel(): void }) {
  const c = useCitizenTexts();
  const { lang } = useI18n();
  const { api } = useCitizen();
  const heading = useRef<HTMLHeadingElement>(null);
  const initialKind: Kind = day.absenceType === 'sickness' || day.absenceType === 'other' ? day.absenceType : day.reservations.length ? 'reservation' : day.reservable ? 'reservation' : 'sickness';
  const [kind, setKind] = useState<Kind>(initialKind);
  const [times, setTimes] = useState(day.reservations.length ? day.reservations.map((r) => ({ ...r })) : [{ start: '08:00', end: '16:00' }]);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const bad = (s: string) => touched && !TIME.test(normaliseTime(s));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    const reservations = kind === 'reservation' ? times.map((t) => ({ start: normaliseTime(t.start), end: normaliseTime(t.end) })) : [];
    if (reservations.some((r) => !TIME.test(r.start) || !TIME.test(r.end))) return;
    setBusy(true);
    setError(null);
    try {
      await api.saveDay(childId, day.date, { reservations, absence: kind === 'sickness' || kind === 'other' ? kind : null });
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const kinds: [Kind, string][] = [
    ...(day.reservable ? ([['reservation', c.child.kindReservation]] as [Kind, string][]) : []),
    ['sickness', c.child.kindSick],
    ['other', c.child.kindOther],
    ...(day.reservable || day.absenceType ? ([['none', c.child.kindNone]] as [Kind, string][]) : []),
  ];
  return (
    <section className="v-section v-card" aria-labelledby="day-editor-heading" data-testid="citizen-day-editor">
      <Heading variant="h3" id="day-editor-heading" ref={heading} tabIndex={-1}>
        {c.child.editDay} {c.weekdays[weekday(day.date)]} {formatDate(day.date, lang)}
      </Heading>
      <ErrorAlert error={error} />
      <form onSubmit={submit} noValidate className="v-inline-form">
        <Dropdown labelText={c.child.kind} name="kind" value={kind} onChange={(v) => setKind(v as Kind)} data-testid="citizen-day-kind">
          {kinds.map(([k, label]) => (
            <DropdownItem key={k} value={k}>
              {label}
            </DropdownItem>
          ))}
        </Dropdown>
        {kind === 'reservation' &&
          times.map((t, i) => (
            <div key={i} className="v-inline-form" role="group" aria-label={`${c.child.reservations} ${i + 1}`}>
              <TextInput
                labelText={c.child.start}
                hintText="hh:mm"
                name={`start-${i}`}
                value={t.start}
                onChange={(v) => setTimes(times.map((x, j) => (j === i ? { ...x, start: String(v ?? '') } : x)))}
                status={bad(t.start) ? 'error' : 'default'}
                statusText={bad(t.start) ? 'hh:mm' : ''}
              />
              <TextInput
                labelText={c.child.end}
                hintText="hh:mm"
                name={`end-${i}`}
                value={t.end}
                onChange={(v) => setTimes(times.map((x, j) => (j === i ? { ...x, end: String(v ?? '') } : x)))}
                status={bad(t.end) ? 'error' : 'default'}
                statusText={bad(t.end) ? 'hh:mm' : ''}
              />
            </div>
          ))}
        {kind === 'reservation' && times.length === 1 && (
          <Button variant="secondaryNoBorder" type="button" onClick={() => setTimes([...times, { start: '', end: '' }])}>
            {c.child.addSecond}
          </Button>
        )}
        {kind === 'reservation' && times.length === 2 && (
          <Button variant="secondaryNoBorder" type="button" onClick={() => setTimes(times.slice(0, 1))}>
            {c.child.removeSecond}
          </Button>
        )}
        <Button type="submit" disabled={busy} data-testid="citizen-day-save">
          {c.child.save}
        </Button>
        <Button variant="secondary" type="button" onClick={onCancel}>
          {c.child.cancel}
        </Button>
      </form>
    </section>
  );
}

function Calendar({ childId }: { childId: string }) {
  const c = useCitizenTexts();
  const { lang } = useI18n();
  const { api } = useCitizen();
  const [month, setMonth] = useState(thisMonth);
  const [state, reload] = useAsync(() => api.calendar(childId, month), [api, childId, month]);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const label = new Date(`${month}-15T12:00:00Z`).toLocaleDateString(lang === 'fi' ? 'fi-FI' : lang === 'sv' ? 'sv-FI' : 'en-GB', { month: 'long', year: 'numeric' });
  return (
    <section className="v-section" aria-labelledby="calendar-heading">
      <Heading variant="h2" id="calendar-heading">
        {c.child.calendar}
      </Heading>
      <div className="v-inline-form" role="group" aria-label={c.child.month}>
        <Button variant="secondary" onClick={() => (setMonth(shiftMonth(month, -1)), setEditing(null))} data-testid="citizen-prev-month">
          {c.child.previousMonth}
        </Button>
        <strong aria-live="polite" data-testid="citizen-month">
          {label}
        </strong>
        <Button variant="secondary" onClick={() => (setMonth(shiftMonth(month, 1)), setEditing(null))} data-testid="citizen-next-month">
          {c.child.nextMonth}
        </Button>
      </div>
      {saved && (
        <InlineAlert status="neutral" className="v-mb" data-testid="citizen-day-saved">
          {c.child.saved}
        </InlineAlert>
      )}
      <AsyncView state={state}>
        {(m) => {
          const day = m.days.find((d) => d.date === editing);
          return (
            <>
              <Paragraph className="v-mb">
                {fill(c.child.hours, { reserved: m.reservedHours, realised: m.realisedHours, need: m.serviceNeedHours ?? '–' })}. {fill(c.child.rule, { days: m.rule.reservationClosingDays })}
              </Paragraph>
              {day && (
                <DayEditor
                  childId={childId}
                  day={day}
                  onCancel={() => setEditing(null)}
                  onDone={() => {
                    setEditing(null);
                    setSaved(true);
                    reload();
                  }}
                />
              )}
              <table className="v-table" data-testid="citizen-calendar">
                <caption className="v-visually-hidden">
                  {c.child.calendar} {label}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{c.child.date}</th>
                    <th scope="col">{c.child.reservations}</th>
                    <th scope="col">{c.child.absence}</th>
                    <th scope="col">{c.child.realised}</th>
                    <th scope="col">{c.child.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.days
                    .filter((d) => d.unitName !== null)
                    .map((d) => (
                      <tr key={d.date} data-date={d.date} data-testid="citizen-calendar-day">
                        <th scope="row">
                          {c.weekdays[weekday(d.date)]} {formatDate(d.date, lang)}
                        </th>
                        <td data-testid="day-reservations">{d.reservations.map((r) => `${r.start}–${r.end}`).join(', ')}</td>
                        <td data-testid="day-absence">{d.absenceType ? (c.absenceTypes[d.absenceType] ?? d.absenceType) : ''}</td>
                        <td>{d.attendances.map((a) => `${a.arrived}–${a.departed ?? ''}`).join(', ')}</td>
                        <td>
                          {d.reservable || d.absenceReportable ? (
                            <Button
                              variant="secondaryNoBorder"
                              onClick={() => (setSaved(false), setEditing(d.date))}
                              aria-label={`${c.child.edit} ${formatDate(d.date, lang)}`}
                              data-testid="citizen-day-edit"
                            >
                              {c.child.edit}
                            </Button>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}

function Vasu({ childId }: { childId: string }) {
  const c = useCitizenTexts();
  const { lang } = useI18n();
  const { api } = useCitizen();
  const [state] = useAsync(() => api.vasu(childId), [api, childId]);
  return (
    <section className="v-section" aria-labelledby="vasu-heading" data-testid="citizen-vasu">
      <Heading variant="h2" id="vasu-heading">
        {c.child.vasu}
      </Heading>
      <AsyncView state={state}>
        {({ versions }) => {
          const v = versions[0];
          if (!v) return <Paragraph>{c.child.vasuNone}</Paragraph>;
          return (
            <article>
              <Paragraph className="v-mb">{fill(c.child.vasuVersion, { version: v.version, date: formatDateTime(v.createdAt, lang) })}</Paragraph>
              {v.sections.map((s) => (
                <div key={s.id} className="v-mb">
                  <Heading variant="h3">{s.title}</Heading>
                  <Paragraph>{s.content || '–'}</Paragraph>
                </div>
              ))}
            </article>
          );
        }}
      </AsyncView>
    </section>
  );
}

export function ChildPage({ id }: { id: string }) {
  const c = useCitizenTexts();
  const { lang } = useI18n();
  const { api } = useCitizen();
  const [children] = useAsync(() => api.children(), [api]);
  const [placements] = useAsync(() => api.placements(id), [api, id]);
  const child = children.status === 'ok' ? children.data.children.find((x) => x.id === id) : undefined;
  return (
    <Page title={child ? `${child.firstNames} ${child.lastName}` : c.children.title}>
      <AppLink href={CITIZEN_BASE}>{c.child.back}</AppLink>
      <section className="v-section" aria-labelledby="placements-heading">
        <Heading variant="h2" id="placements-heading">
          {c.child.placements}
        </Heading>
        <AsyncView state={placements}>
          {(p) => (
            <ul className="v-plain-list" data-testid="citizen-placements">
              {p.placements.map((pl) => (
                <li key={pl.id}>
                  {pl.unitName}, {formatDate(pl.startDate, lang)} – {formatDate(pl.endDate, lang)}{' '}
                  {pl.decisions.map((d) => (
                    <a key={d.id} href={downloadUrl(`/citizen/ecec/placement-decisions/${d.id}/pdf`)} target="_blank" rel="noreferrer">
                      {c.child.decisionPdf}
                    </a>
                  ))}
                </li>
              ))}
            </ul>
          )}
        </AsyncView>
      </section>
      {children.status === 'error' && <ErrorAlert error={children.error} />}
      <Calendar childId={id} />
      <Vasu childId={id} />
    </Page>
  );
}
