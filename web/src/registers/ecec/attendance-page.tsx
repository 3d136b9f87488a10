// Attendance of a unit (eVaka's unit attendance and group month calendar): the children placed in
// the unit or one group on a day with the guardians' reservations, where staff mark arrivals,
// departures and absences; and the month's realised hours against each child's service need.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph, TextInput, TimeInput } from 'suomifi-ui-components';
import { formatDate, useI18n, type Lang } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, isIsoDate, Page, useAsync, useErrorText } from '../../components/common.tsx';
import { AppLink } from '../../router.tsx';
import { useUnits, UnitPicker } from './unit-pages.tsx';
import { addDaysIso, ECEC, ececApi, formatTime, localToday, parseTime, type EcecUnit, type UnitDayChild, type UnitMonth } from './ecec-api.ts';

const ALL = 'all';
const NONE = 'none';
const ABSENCE_TYPES = ['sickness', 'planned', 'other', 'unknown', 'force_majeure', 'parent_leave'] as const;
const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);
const num = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { maximumFractionDigits: 2 });

export function AttendancePage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { units, list, current } = useUnits(params.unitId);
  return (
    <Page title={t.ecec.attendanceTitle}>
      <AsyncView state={units}>{() => (!current ? <Paragraph>{t.ecec.noUnits}</Paragraph> : <UnitAttendance key={current.id} units={list} unit={current} />)}</AsyncView>
    </Page>
  );
}

function UnitAttendance({ units, unit }: { units: EcecUnit[]; unit: EcecUnit }) {
  const { t } = useI18n();
  const e = t.ecec;
  const { api } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const [details] = useAsync(() => ecec.unit(unit.id), [ecec, unit.id]);
  const [groupId, setGroupId] = useState(ALL);
  const [input, setInput] = useState(localToday);
  const [date, setDate] = useState(input);
  const [dateError, setDateError] = useState<string | null>(null);
  // Counts saves, so that the month below follows what was just marked.
  const [revision, setRevision] = useState(0);
  const group = groupId === ALL ? null : groupId;
  const go = (d: string) => {
    setInput(d);
    setDate(d);
    setDateError(null);
  };
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!isIsoDate(input)) return setDateError(t.common.invalidDate);
    go(input);
  };
  const groups = details.status === 'ok' ? details.data.unit.groups : [];
  return (
    <>
      <form className="v-inline-form" onSubmit={submit} noValidate aria-label={e.attendanceTitle}>
        <UnitPicker units={units} current={unit} basePath="/ecec/attendance" />
        <Dropdown labelText={e.group} name="group" value={groupId} onChange={(v) => setGroupId(v)} data-testid="ecec-attendance-group">
          {[
            <DropdownItem key={ALL} value={ALL}>
              {e.allGroups}
            </DropdownItem>,
            ...groups.map((g) => (
              <DropdownItem key={g.id} value={g.id}>
                {g.name}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <TextInput labelText={e.date} hintText="yyyy-mm-dd" name="date" value={input} onChange={(v) => setInput(String(v ?? ''))} status={dateError ? 'error' : 'default'} statusText={dateError ?? ''} />
        <Button type="submit">{e.show}</Button>
        <Button variant="secondary" type="button" onClick={() => go(addDaysIso(date, -1))}>
          {e.previousDay}
        </Button>
        <Button variant="secondary" type="button" onClick={() => go(addDaysIso(date, 1))}>
          {e.nextDay}
        </Button>
      </form>
      <DayList key={`${date}|${group}`} unit={unit} date={date} groupId={group} onSaved={() => setRevision((n) => n + 1)} />
      <MonthSummary unit={unit} month={date.slice(0, 7)} groupId={group} revision={revision} />
    </>
  );
}

function DayList({ unit, date, groupId, onSaved }: { unit: EcecUnit; date: string; groupId: string | null; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const e = t.ecec;
  const { api, can } = useAuthenticated();
  const [state] = useAsync(() => ececApi(api).unitDay(unit.id, date, groupId), [api, unit.id, date, groupId]);
  const canWrite = can(ECEC.unitAttendanceWrite);
  const canReserve = can(ECEC.reservationWrite);
  // What rows have saved since loading, so that the day's counts follow the marking.
  const [marked, setMarked] = useState<Record<string, Pick<UnitDayChild, 'attendances' | 'absenceType'>>>({});
  const rowSaved = (childId: string, day: Pick<UnitDayChild, 'attendances' | 'absenceType'>) => {
    setMarked((m) => ({ ...m, [childId]: day }));
    onSaved();
  };
  return (
    <section aria-labelledby="ecec-day-h" className="v-section" data-testid="ecec-attendance-day">
      <Heading variant="h2" id="ecec-day-h">
        {e.dayCaption(formatDate(date, lang))}
      </Heading>
      <AsyncView state={state}>
        {({ children }) => {
          if (children.length === 0) return <Paragraph>{e.childrenEmpty}</Paragraph>;
          const days = children.map((c) => marked[c.id] ?? c);
          const present = days.filter((c) => c.attendances.length > 0).length;
          const absent = days.filter((c) => c.absenceType !== null).length;
          return (
            <>
              <Paragraph className="v-mb" data-testid="ecec-attendance-counts">
                {e.dayCounts(children.length, present, absent)}
              </Paragraph>
              <div style={{ overflowX: 'auto' }} role="region" aria-labelledby="ecec-day-h" tabIndex={0}>
                <table className="v-table">
                  <caption className="v-visually-hidden">{e.dayCaption(formatDate(date, lang))}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{e.child}</th>
                      <th scope="col">{e.group}</th>
                      <th scope="col">{e.reservation}</th>
                      <th scope="col">{e.stays}</th>
                      <th scope="col">{e.absence}</th>
                      {canWrite && <th scope="col">{e.actions}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {children.map((c) => (
                      <DayRow key={c.id} child={c} date={date} canWrite={canWrite} canReserve={canReserve} onSaved={(day) => rowSaved(c.id, day)} />
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}

/** A pair of clock times as staff type them (8.05), before they are checked. */
interface TypedPair {
  first: string;
  second: string;
}
type PairErrors = Record<number, { first?: string; second?: string }>;

const typedPairs = <T,>(list: T[], first: (x: T) => string | null, second: (x: T) => string | null): TypedPair[] =>
  list.map((x) => ({ first: formatTime(first(x)), second: formatTime(second(x)) }));
const samePairs = (a: TypedPair[], b: TypedPair[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Editable time pairs of one child's day (the stays: arrival–departure, or the guardian's
 * reservations: start–end): each pair on its line with a remove button, and a button to add
 * one. Labels name the child and the pair's number, as the table's columns are not read out.
 */
function TimePairs({
  pairs,
  onChange,
  names,
  labels,
  errors,
  disabled,
  testId,
  max,
}: {
  pairs: TypedPair[];
  onChange: (pairs: TypedPair[]) => void;
  names: [string, string];
  labels: { first: (n: number) => string; second: (n: number) => string; remove: (n: number) => string; add: string; addText: string; removeText: string };
  errors: PairErrors;
  disabled: boolean;
  testId: string;
  max: number;
}) {
  const set = (i: number, patch: Partial<TypedPair>) => onChange(pairs.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div data-testid={testId}>
      {pairs.map((p, i) => (
        <div key={i} data-testid={`${testId}-pair`} style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 4 }}>
          <TimeInput
            className="v-time"
            labelText={labels.first(i + 1)}
            labelMode="hidden"
            name={names[0]}
            value={p.first}
            onChange={(v) => set(i, { first: v })}
            disabled={disabled}
            status={errors[i]?.first ? 'error' : 'default'}
            statusText={errors[i]?.first ?? ''}
          />
          <span aria-hidden="true" style={{ paddingTop: 8 }}>
            –
          </span>
          <TimeInput
            className="v-time"
            labelText={labels.second(i + 1)}
            labelMode="hidden"
            name={names[1]}
            value={p.second}
            onChange={(v) => set(i, { second: v })}
            disabled={disabled}
            status={errors[i]?.second ? 'error' : 'default'}
            statusText={errors[i]?.second ?? ''}
          />
          <Button variant="secondaryNoBorder" disabled={disabled} aria-label={labels.remove(i + 1)} onClick={() => onChange(pairs.filter((_, j) => j !== i))} data-testid={`${testId}-remove`}>
            {labels.removeText}
          </Button>
        </div>
      ))}
      {pairs.length < max && (
        <Button variant="secondaryNoBorder" disabled={disabled} aria-label={labels.add} onClick={() => onChange([...pairs, { first: '', second: '' }])} data-testid={`${testId}-add`}>
          {labels.addText}
        </Button>
      )}
    </div>
  );
}

/**
 * One child's day: every stay of the day (a child who left for the doctor and came back has
 * two), each correctable or removable, or an absence; and, for today and the coming days, the
 * guardian's reservations, which staff enter or change for the guardian. One save sends what
 * changed: the reservations and the day each replace what was there (the API checks overlaps).
 */
function DayRow({
  child,
  date,
  canWrite,
  canReserve,
  onSaved,
}: {
  child: UnitDayChild;
  date: string;
  canWrite: boolean;
  canReserve: boolean;
  onSaved: (day: Pick<UnitDayChild, 'attendances' | 'absenceType'>) => void;
}) {
  const { t } = useI18n();
  const e = t.ecec;
  const { api } = useAuthenticated();
  const errorText = useErrorText();
  const name = `${child.lastName} ${child.firstNames}`;
  const [saved, setSaved] = useState(child);
  const savedStays = typedPairs(saved.attendances, (s) => s.arrived, (s) => s.departed);
  const savedReservations = typedPairs(saved.reservations, (r) => r.start, (r) => r.end);
  const [stays, setStays] = useState<TypedPair[]>(savedStays.length ? savedStays : [{ first: '', second: '' }]);
  const [reservations, setReservations] = useState<TypedPair[]>(savedReservations);
  const [absence, setAbsence] = useState<string>(saved.absenceType ?? NONE);
  const [stayErrors, setStayErrors] = useState<PairErrors>({});
  const [reservationErrors, setReservationErrors] = useState<PairErrors>({});
  const [rowError, setRowError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const today = localToday();
  const future = date > today;
  // Reservations are the guardian's plan: a past day's reservation is kept as it was.
  const reservable = canReserve && date >= today;

  const save = async () => {
    setStatus('');
    setRowError(null);
    // Stays: a blank line is dropped; a departure needs its arrival.
    const sErr: PairErrors = {};
    const checkedStays: { arrived: string; departed: string | null }[] = [];
    stays.forEach((p, i) => {
      const a = p.first.trim() ? parseTime(p.first) : null;
      const d = p.second.trim() ? parseTime(p.second) : null;
      const err: PairErrors[number] = {};
      if (p.first.trim() && !a) err.first = e.invalidTime;
      if (p.second.trim() && !d) err.second = e.invalidTime;
      if (!p.first.trim() && p.second.trim()) err.first = e.arrivalMissing;
      if (Object.keys(err).length) sErr[i] = err;
      else if (a) checkedStays.push({ arrived: a, departed: d });
    });
    // Reservations: both ends or neither.
    const rErr: PairErrors = {};
    const checkedReservations: { start: string; end: string }[] = [];
    reservations.forEach((p, i) => {
      const a = p.first.trim() ? parseTime(p.first) : null;
      const b = p.second.trim() ? parseTime(p.second) : null;
      const err: PairErrors[number] = {};
      if (p.first.trim() && !a) err.first = e.invalidTime;
      if (p.second.trim() && !b) err.second = e.invalidTime;
      if (!p.first.trim() !== !p.second.trim()) err[p.first.trim() ? 'second' : 'first'] = e.reservationIncomplete;
      if (Object.keys(err).length) rErr[i] = err;
      else if (a && b) checkedReservations.push({ start: a, end: b });
    });
    setStayErrors(sErr);
    setReservationErrors(rErr);
    if (Object.keys(sErr).length || Object.keys(rErr).length) return;
    setBusy(true);
    let next = saved;
    try {
      if (reservable && !samePairs(reservations, savedReservations)) {
        const res = await ececApi(api).saveReservations(child.id, date, { reservations: checkedReservations });
        next = { ...next, reservations: res.reservations };
        setSaved(next);
        setReservations(typedPairs(res.reservations, (r) => r.start, (r) => r.end));
      }
      const absenceType = absence === NONE ? null : (absence as (typeof ABSENCE_TYPES)[number]);
      if (!samePairs(stays.filter((p) => p.first.trim() || p.second.trim()), savedStays) || absenceType !== saved.absenceType) {
        const res = await ececApi(api).saveDay(child.id, date, { attendances: checkedStays, absenceType });
        next = { ...next, attendances: res.attendances, absenceType: res.absenceType };
        setSaved(next);
        const typed = typedPairs(res.attendances, (s) => s.arrived, (s) => s.departed);
        setStays(typed.length ? typed : [{ first: '', second: '' }]);
        setAbsence(res.absenceType ?? NONE);
        onSaved(next);
      }
      setStatus(e.saved);
    } catch (err) {
      setRowError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const pairText = (list: TypedPair[], none: string) => (list.length ? list.map((p) => `${p.first}–${p.second}`).join(', ') : none);
  return (
    <tr data-testid="ecec-attendance-row" data-child={child.id}>
      <th scope="row" style={{ fontWeight: 'normal' }}>
        <AppLink href={`/persons/${child.id}`}>{name}</AppLink>
      </th>
      <td>{child.groupName ?? '–'}</td>
      <td>
        {canWrite && reservable ? (
          <TimePairs
            pairs={reservations}
            onChange={setReservations}
            names={['reservationStart', 'reservationEnd']}
            labels={{
              first: (n) => e.reservationStartOf(name, n),
              second: (n) => e.reservationEndOf(name, n),
              remove: (n) => e.removeReservationOf(name, n),
              add: e.addReservationOf(name),
              addText: e.addReservation,
              removeText: e.removeStay,
            }}
            errors={reservationErrors}
            disabled={busy}
            testId="ecec-reservations"
            max={4}
          />
        ) : (
          <span data-testid="ecec-reservations">{pairText(savedReservations, '–')}</span>
        )}
      </td>
      {canWrite ? (
        <>
          <td>
            {future ? (
              <span className="v-muted">–</span>
            ) : (
              <TimePairs
                pairs={stays}
                onChange={setStays}
                names={['arrived', 'departed']}
                labels={{
                  first: (n) => e.stayArrivalOf(name, n),
                  second: (n) => e.stayDepartureOf(name, n),
                  remove: (n) => e.removeStayOf(name, n),
                  add: e.addStayOf(name),
                  addText: e.addStay,
                  removeText: e.removeStay,
                }}
                errors={stayErrors}
                disabled={busy}
                testId="ecec-stays"
                max={6}
              />
            )}
          </td>
          <td>
            <Dropdown labelText={e.absenceOf(name)} labelMode="hidden" name="absence" value={absence} onChange={(v) => setAbsence(v)}>
              {[
                <DropdownItem key={NONE} value={NONE}>
                  {e.noAbsence}
                </DropdownItem>,
                ...ABSENCE_TYPES.map((k) => (
                  <DropdownItem key={k} value={k}>
                    {e.absenceTypes[k] ?? k}
                  </DropdownItem>
                )),
              ]}
            </Dropdown>
          </td>
          <td>
            <Button variant="secondary" disabled={busy} onClick={() => void save()} aria-label={e.saveDayOf(name)} data-testid="ecec-attendance-save">
              {t.common.save}
            </Button>
            <div role="status" className="v-muted">
              {status}
            </div>
            {rowError && (
              <div role="alert" style={{ color: '#a8001a', maxWidth: '16em' }} data-testid="ecec-attendance-error">
                {rowError}
              </div>
            )}
          </td>
        </>
      ) : (
        <>
          <td>{pairText(savedStays, '–')}</td>
          <td>{saved.absenceType ? (e.absenceTypes[saved.absenceType] ?? saved.absenceType) : '–'}</td>
        </>
      )}
    </tr>
  );
}

function MonthSummary({ unit, month, groupId, revision }: { unit: EcecUnit; month: string; groupId: string | null; revision: number }) {
  const { t, lang } = useI18n();
  const e = t.ecec;
  const { api } = useAuthenticated();
  const [state] = useAsync(() => ececApi(api).unitMonth(unit.id, month, groupId), [api, unit.id, month, groupId, revision]);
  const monthName = new Date(`${month}-01T12:00:00Z`).toLocaleDateString(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const hours = (n: number | null) => (n === null ? '–' : e.hours(num(n, lang)));
  return (
    <section aria-labelledby="ecec-month-h" className="v-section" data-testid="ecec-attendance-month">
      <Heading variant="h2" id="ecec-month-h">
        {e.monthCaption(monthName)}
      </Heading>
      <AsyncView state={state}>
        {(m: UnitMonth) => (
          <>
            {m.overruns > 0 && (
              <InlineAlert status="warning" labelText={e.overrunTitle} className="v-mb" data-testid="ecec-month-overrun">
                {e.overrunCount(m.overruns)}
              </InlineAlert>
            )}
            {m.children.length === 0 ? (
              <Paragraph>{e.childrenEmpty}</Paragraph>
            ) : (
              <table className="v-table">
                <caption className="v-visually-hidden">{e.monthCaption(monthName)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{e.child}</th>
                    <th scope="col" className="v-num">
                      {e.serviceNeed}
                    </th>
                    <th scope="col" className="v-num">
                      {e.realised}
                    </th>
                    <th scope="col" className="v-num">
                      {e.reserved}
                    </th>
                    <th scope="col" className="v-num">
                      {e.absenceDays}
                    </th>
                    <th scope="col">{e.notes}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.children.map((c) => (
                    <tr key={c.id} data-testid="ecec-month-row" data-child={c.id}>
                      <th scope="row" style={{ fontWeight: 'normal' }}>
                        <AppLink href={`/persons/${c.id}`}>
                          {c.lastName} {c.firstNames}
                        </AppLink>
                      </th>
                      <td className="v-num">{hours(c.serviceNeedHours)}</td>
                      <td className="v-num">{hours(c.realisedHours)}</td>
                      <td className="v-num">{hours(c.reservedHours)}</td>
                      <td className="v-num">{c.absenceDays}</td>
                      <td>{c.overrun && <span className="v-tag v-tag-warning">{e.overrunTag}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}
