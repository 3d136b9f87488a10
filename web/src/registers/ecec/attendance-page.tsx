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
                      <th scope="col">{e.arrival}</th>
                      <th scope="col">{e.departure}</th>
                      <th scope="col">{e.absence}</th>
                      {canWrite && <th scope="col">{e.actions}</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {children.map((c) => (
                      <DayRow key={c.id} child={c} date={date} canWrite={canWrite} onSaved={(day) => rowSaved(c.id, day)} />
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

/**
 * One child's day. Only the first stay is edited here; further stays of the same day (a child
 * who left and came back) are kept as they are and sent back unchanged.
 */
function DayRow({
  child,
  date,
  canWrite,
  onSaved,
}: {
  child: UnitDayChild;
  date: string;
  canWrite: boolean;
  onSaved: (day: Pick<UnitDayChild, 'attendances' | 'absenceType'>) => void;
}) {
  const { t } = useI18n();
  const e = t.ecec;
  const { api } = useAuthenticated();
  const errorText = useErrorText();
  const name = `${child.lastName} ${child.firstNames}`;
  const [saved, setSaved] = useState(child);
  const first = saved.attendances[0];
  const [arrived, setArrived] = useState(formatTime(first?.arrived));
  const [departed, setDeparted] = useState(formatTime(first?.departed));
  const [absence, setAbsence] = useState<string>(saved.absenceType ?? NONE);
  const [errors, setErrors] = useState<{ arrived?: string; departed?: string; row?: string }>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const future = date > localToday();

  const save = async () => {
    setStatus('');
    const errs: typeof errors = {};
    const a = arrived.trim() ? parseTime(arrived) : null;
    const d = departed.trim() ? parseTime(departed) : null;
    if (arrived.trim() && !a) errs.arrived = e.invalidTime;
    if (departed.trim() && !d) errs.departed = e.invalidTime;
    if (!arrived.trim() && departed.trim()) errs.arrived = e.arrivalMissing;
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      const rest = saved.attendances.slice(1);
      const res = await ececApi(api).saveDay(child.id, date, {
        attendances: a ? [{ arrived: a, departed: d }, ...rest] : rest,
        absenceType: absence === NONE ? null : (absence as (typeof ABSENCE_TYPES)[number]),
      });
      const next = { ...saved, attendances: res.attendances, absenceType: res.absenceType };
      setSaved(next);
      setArrived(formatTime(next.attendances[0]?.arrived));
      setDeparted(formatTime(next.attendances[0]?.departed));
      setAbsence(next.absenceType ?? NONE);
      setStatus(e.saved);
      onSaved(next);
    } catch (err) {
      setErrors({ row: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const stays = saved.attendances.map((s) => `${formatTime(s.arrived)}–${formatTime(s.departed)}`).join(', ');
  return (
    <tr data-testid="ecec-attendance-row" data-child={child.id}>
      <th scope="row" style={{ fontWeight: 'normal' }}>
        <AppLink href={`/persons/${child.id}`}>{name}</AppLink>
      </th>
      <td>{child.groupName ?? '–'}</td>
      <td>{child.reservations.length ? child.reservations.map((r) => `${formatTime(r.start)}–${formatTime(r.end)}`).join(', ') : '–'}</td>
      {canWrite ? (
        <>
          <td>
            <TimeInput
              className="v-time"
              labelText={e.arrivalOf(name)}
              labelMode="hidden"
              name="arrived"
              value={arrived}
              onChange={(v) => setArrived(v)}
              disabled={future}
              status={errors.arrived ? 'error' : 'default'}
              statusText={errors.arrived ?? ''}
            />
          </td>
          <td>
            <TimeInput
              className="v-time"
              labelText={e.departureOf(name)}
              labelMode="hidden"
              name="departed"
              value={departed}
              onChange={(v) => setDeparted(v)}
              disabled={future}
              status={errors.departed ? 'error' : 'default'}
              statusText={errors.departed ?? ''}
            />
            {saved.attendances.length > 1 && <span className="v-muted">{e.moreStays(saved.attendances.slice(1).map((s) => `${formatTime(s.arrived)}–${formatTime(s.departed)}`).join(', '))}</span>}
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
            {errors.row && (
              <div role="alert" style={{ color: '#a8001a', maxWidth: '16em' }} data-testid="ecec-attendance-error">
                {errors.row}
              </div>
            )}
          </td>
        </>
      ) : (
        <>
          <td colSpan={2}>{stays || '–'}</td>
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
