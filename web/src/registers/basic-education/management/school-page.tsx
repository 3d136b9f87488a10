// A school: its register details (changed by the education office), its classes and teaching
// groups of a school year, its staff, each with the form of whoever may add them, and the alerts
// of pupils' unauthorised absences to acknowledge.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { AsyncView, ErrorAlert, Facts, isIsoDate, Page } from '../../../components/common.tsx';
import { formatDate, useI18n } from '../../../i18n/i18n.tsx';
import type { Translations } from '../../../i18n/fi.ts';
import { AppLink } from '../../../router.tsx';
import { useAuthenticated } from '../../../session.tsx';
import { formatSchoolYear, schoolYearOf, todayIso } from '../api.ts';
import { SUBJECTS } from '../subjects.ts';
import { orNull, parseNumber, useManagementForm, useReloadable, type FieldMessages } from '../../../components/forms.tsx';
import { BE, managementApi, STAFF_TITLES, type ManagementApi, type SchoolView, type StaffBody, type StaffMember } from './management-api.ts';
import { SchoolForm } from './school-form.tsx';
import { ALERT_READ, AbsenceAlertsSection } from './absence-alerts.tsx';

export const staffName = (s: { first_names: string; last_name: string }) => `${s.first_names} ${s.last_name}`;

export function SchoolPage({ params }: { params: Record<string, string> }) {
  const schoolId = params.schoolId!;
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const { api, can } = useAuthenticated();
  const client = useMemo(() => managementApi(api.http), [api]);
  const [year, setYear] = useState(() => schoolYearOf(todayIso()));
  const [state, reload] = useReloadable(() => client.school(schoolId, year), [client, schoolId, year]);
  const title = state.status === 'ok' ? state.data.school.name : m.schoolsTitle;
  return (
    <Page title={title}>
      <Paragraph className="v-mb">
        <AppLink href="/basic-education/schools">{m.backToSchools}</AppLink>
      </Paragraph>
      <AsyncView state={state}>
        {(data) => (
          <>
            <SchoolDetailsSection data={data} client={client} onSaved={reload} />
            <GroupsSection data={data} client={client} year={year} setYear={setYear} onAdded={reload} />
            <StaffSection data={data} client={client} onChanged={reload} />
            {can(ALERT_READ) && <AbsenceAlertsSection schoolId={data.school.id} />}
          </>
        )}
      </AsyncView>
    </Page>
  );
}

function SchoolDetailsSection({ data, client, onSaved }: { data: SchoolView; client: ManagementApi; onSaved: () => void }) {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const { can } = useAuthenticated();
  const s = data.school;
  return (
    <section aria-labelledby="be-school-details-h" className="v-section">
      <Heading variant="h2" id="be-school-details-h">
        {m.schoolDetails}
      </Heading>
      <div data-testid="be-school-facts">
        <Facts
          items={[
            [m.oid, s.oid],
            [m.schoolCode, s.school_code],
            [m.teachingLanguage, m.teachingLanguages[s.teaching_language] ?? s.teaching_language],
            [m.grades, m.gradeRange(s.first_grade, s.last_grade)],
            [m.municipalityCode, s.municipality_code],
            [m.streetAddress, [s.street_address, [s.postal_code, s.post_office].filter(Boolean).join(' ')].filter(Boolean).join(', ')],
          ]}
        />
      </div>
      {can(BE.schoolUpdate) && (
        <details className="v-card v-mb">
          <summary>{m.editSchool}</summary>
          <SchoolForm
            key={s.id}
            school={s}
            testId="be-edit-school"
            onSave={async ({ language: _language, ...patch }) => {
              await client.updateSchool(s.id, patch);
              onSaved();
              return (tr) => tr.basicEducation.management.schoolSaved;
            }}
          />
        </details>
      )}
    </section>
  );
}

const GROUP_FIELDS = ['name', 'kind', 'grade'] as const;
type GroupField = (typeof GROUP_FIELDS)[number];

function GroupsSection({ data, client, year, setYear, onAdded }: { data: SchoolView; client: ManagementApi; year: number; setYear: (y: number) => void; onAdded: () => void }) {
  const { t, l } = useI18n();
  const m = t.basicEducation.management;
  const { can } = useAuthenticated();
  const thisYear = schoolYearOf(todayIso());
  const subjectName = (code: string | null) => (code ? l(SUBJECTS.find((x) => x.code === code)?.names) || code : '–');
  return (
    <section aria-labelledby="be-groups-h" className="v-section">
      <Heading variant="h2" id="be-groups-h">
        {m.groups}
      </Heading>
      <Dropdown labelText={m.schoolYear} name="schoolYear" value={String(year)} onChange={(v) => setYear(Number(v))}>
        {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
          <DropdownItem key={y} value={String(y)}>
            {formatSchoolYear(y)}
          </DropdownItem>
        ))}
      </Dropdown>
      {data.groups.length === 0 ? (
        <Paragraph className="v-section">{m.noGroups}</Paragraph>
      ) : (
        <table className="v-table" data-testid="be-groups">
          <caption>{m.groupsCaption(formatSchoolYear(data.schoolYear))}</caption>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.groupKind}</th>
              <th scope="col">{m.gradeLevel}</th>
              <th scope="col">{m.subject}</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((g) => (
              <tr key={g.id} data-group-id={g.id}>
                <th scope="row">{can(BE.groupRead) ? <AppLink href={`/basic-education/groups/${g.id}`}>{g.name}</AppLink> : g.name}</th>
                <td>{m.groupKinds[g.kind]}</td>
                <td>{g.grade ?? '–'}</td>
                <td>{subjectName(g.subject_code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(BE.groupManage) && <GroupForm schoolId={data.school.id} schoolYear={data.schoolYear} client={client} onAdded={onAdded} />}
    </section>
  );
}

function GroupForm({ schoolId, schoolYear, client, onAdded }: { schoolId: string; schoolYear: number; client: ManagementApi; onAdded: () => void }) {
  const { t, l } = useI18n();
  const m = t.basicEducation.management;
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'class' | 'teaching_group'>('class');
  const [grade, setGrade] = useState('');
  const [subject, setSubject] = useState('');
  const form = useManagementForm(GROUP_FIELDS, { group_exists: 'name', class_grade_required: 'grade' });
  const check = (): FieldMessages<GroupField> => {
    const e: FieldMessages<GroupField> = {};
    if (!name.trim()) e.name = (tr) => tr.common.fieldRequired;
    if (kind === 'class' && !grade.trim()) e.grade = (tr) => tr.common.fieldRequired;
    else if (grade.trim() && !/^(10|[0-9])$/.test(grade.trim())) e.grade = (tr) => tr.basicEducation.management.gradeNumberInvalid;
    return e;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const groupName = name.trim();
    const ok = await form.submit(check, async () => {
      await client.createGroup(schoolId, { schoolYear, name: groupName, kind, grade: grade.trim() ? parseNumber(grade) : null, subjectCode: orNull(subject) });
      onAdded();
      return (tr: Translations) => tr.basicEducation.management.groupAdded(groupName);
    });
    if (ok) {
      setName('');
      setGrade('');
    }
  };
  return (
    <form className="v-card v-form" onSubmit={(e) => void submit(e)} noValidate data-testid="be-new-group" aria-labelledby="be-new-group-h">
      <Heading variant="h3" id="be-new-group-h">
        {m.addGroup} ({formatSchoolYear(schoolYear)})
      </Heading>
      <div className="v-form-row">
        <TextInput labelText={m.groupName} hintText={m.groupNameHint} name="name" value={name} onChange={(v) => setName(String(v ?? ''))} {...form.statusOf('name')} autoComplete="off" />
        <Dropdown labelText={m.groupKind} name="kind" value={kind} onChange={(v) => setKind(v as 'class' | 'teaching_group')}>
          <DropdownItem value="class">{m.groupKinds.class}</DropdownItem>
          <DropdownItem value="teaching_group">{m.groupKinds.teaching_group}</DropdownItem>
        </Dropdown>
        <TextInput labelText={m.gradeLevel} name="grade" value={grade} onChange={(v) => setGrade(String(v ?? ''))} {...form.statusOf('grade')} autoComplete="off" />
      </div>
      {kind === 'teaching_group' && (
        <Dropdown labelText={m.subject} name="subjectCode" value={subject} onChange={(v) => setSubject(v)}>
          {[
            <DropdownItem key="" value="">
              {m.noSubject}
            </DropdownItem>,
            ...SUBJECTS.map((s) => (
              <DropdownItem key={s.code} value={s.code}>
                {l(s.names)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      )}
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {m.addGroup}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
      <div role="status" data-testid="be-new-group-status">
        {form.done}
      </div>
    </form>
  );
}

const STAFF_FIELDS = ['firstNames', 'lastName', 'title', 'validFrom', 'validTo'] as const;
type StaffField = (typeof STAFF_FIELDS)[number];

function StaffSection({ data, client, onChanged }: { data: SchoolView; client: ManagementApi; onChanged: () => void }) {
  const { t, lang, l } = useI18n();
  const m = t.basicEducation.management;
  const { can } = useAuthenticated();
  const [ending, setEnding] = useState<string | null>(null);
  const [ended, setEnded] = useState<((t: Translations) => string) | null>(null);
  return (
    <section aria-labelledby="be-staff-h" className="v-section">
      <Heading variant="h2" id="be-staff-h">
        {m.staff}
      </Heading>
      {data.staff.length === 0 ? (
        <Paragraph>{m.noStaff}</Paragraph>
      ) : (
        <table className="v-table" data-testid="be-staff">
          <caption className="v-visually-hidden">{m.staffCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.title}</th>
              <th scope="col">{m.subjects}</th>
              <th scope="col">{m.validFrom}</th>
              <th scope="col">{m.validTo}</th>
              {can(BE.staffUpdate) && <th scope="col">{m.endStaff}</th>}
            </tr>
          </thead>
          <tbody>
            {data.staff.map((s) => (
              <tr key={s.id} data-staff-id={s.id}>
                <th scope="row">{staffName(s)}</th>
                <td>{m.titles[s.title] ?? s.title}</td>
                <td>{s.subjects.map((c) => l(SUBJECTS.find((x) => x.code === c)?.names) || c).join(', ') || '–'}</td>
                <td>{formatDate(s.valid_from, lang)}</td>
                <td>{s.valid_to ? formatDate(s.valid_to, lang) : '–'}</td>
                {can(BE.staffUpdate) && (
                  <td>
                    {ending === s.id ? (
                      <EndForm
                        label={m.endStaffFor(staffName(s))}
                        testId="be-end-staff"
                        onCancel={() => setEnding(null)}
                        onEnd={async (validTo) => {
                          await client.endStaff(s.id, validTo);
                          setEnding(null);
                          setEnded(() => (tr: Translations) => tr.basicEducation.management.staffEnded(staffName(s), formatDate(validTo, lang)));
                          onChanged();
                        }}
                      />
                    ) : (
                      <Button variant="secondary" onClick={() => setEnding(s.id)} aria-label={m.endStaffFor(staffName(s))}>
                        {m.endStaff}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div role="status" className="v-mb" data-testid="be-staff-ended">
        {ended ? ended(t) : ''}
      </div>
      {can(BE.staffManage) && <StaffForm schoolId={data.school.id} client={client} onAdded={onChanged} />}
    </section>
  );
}

/** The last day of an employment or an assignment, asked in place. */
export function EndForm({ label, testId, onEnd, onCancel }: { label: string; testId: string; onEnd: (validTo: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const [day, setDay] = useState(todayIso());
  const form = useManagementForm(['validTo'] as const, { invalid_period: 'validTo' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.submit(
      () => (isIsoDate(day) ? {} : { validTo: (tr: Translations) => tr.common.invalidDate }),
      async () => {
        await onEnd(day);
        return null;
      },
    );
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={label} data-testid={testId} className="v-form">
      <TextInput labelText={m.lastDay} hintText={m.dateHint} name="validTo" value={day} onChange={(v) => setDay(String(v ?? ''))} {...form.statusOf('validTo')} autoComplete="off" />
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {t.common.save}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
    </form>
  );
}

function StaffForm({ schoolId, client, onAdded }: { schoolId: string; client: ManagementApi; onAdded: () => void }) {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const [v, setV] = useState<Record<StaffField, string>>({ firstNames: '', lastName: '', title: 'teacher', validFrom: todayIso(), validTo: '' });
  const set = (f: StaffField) => (value: string | number | undefined) => setV((x) => ({ ...x, [f]: String(value ?? '') }));
  const form = useManagementForm(STAFF_FIELDS, { invalid_period: 'validTo' });
  const check = (): FieldMessages<StaffField> => {
    const e: FieldMessages<StaffField> = {};
    if (!v.firstNames.trim()) e.firstNames = (tr) => tr.common.fieldRequired;
    if (!v.lastName.trim()) e.lastName = (tr) => tr.common.fieldRequired;
    if (!isIsoDate(v.validFrom)) e.validFrom = (tr) => tr.common.invalidDate;
    if (v.validTo && !isIsoDate(v.validTo)) e.validTo = (tr) => tr.common.invalidDate;
    return e;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const member: Pick<StaffMember, 'first_names' | 'last_name'> = { first_names: v.firstNames.trim(), last_name: v.lastName.trim() };
    const ok = await form.submit(check, async () => {
      await client.createStaff(schoolId, { firstNames: member.first_names, lastName: member.last_name, title: v.title as StaffBody['title'], validFrom: v.validFrom, validTo: orNull(v.validTo) });
      onAdded();
      return (tr: Translations) => tr.basicEducation.management.staffAdded(staffName(member));
    });
    if (ok) setV((x) => ({ ...x, firstNames: '', lastName: '' }));
  };
  return (
    <form className="v-card v-form" onSubmit={(e) => void submit(e)} noValidate data-testid="be-new-staff" aria-labelledby="be-new-staff-h">
      <Heading variant="h3" id="be-new-staff-h">
        {m.addStaff}
      </Heading>
      <div className="v-form-row">
        <TextInput labelText={m.firstNames} name="firstNames" value={v.firstNames} onChange={set('firstNames')} {...form.statusOf('firstNames')} autoComplete="off" />
        <TextInput labelText={m.lastName} name="lastName" value={v.lastName} onChange={set('lastName')} {...form.statusOf('lastName')} autoComplete="off" />
      </div>
      <Dropdown labelText={m.title} name="title" value={v.title} onChange={set('title')}>
        {STAFF_TITLES.map((x) => (
          <DropdownItem key={x} value={x}>
            {m.titles[x]}
          </DropdownItem>
        ))}
      </Dropdown>
      <div className="v-form-row">
        <TextInput labelText={m.validFrom} hintText={m.dateHint} name="validFrom" value={v.validFrom} onChange={set('validFrom')} {...form.statusOf('validFrom')} autoComplete="off" />
        <TextInput labelText={m.validTo} hintText={m.validToHint} name="validTo" value={v.validTo} onChange={set('validTo')} {...form.statusOf('validTo')} autoComplete="off" />
      </div>
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {m.addStaff}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
      <div role="status" data-testid="be-new-staff-status">
        {form.done}
      </div>
    </form>
  );
}
