// A class or teaching group with its teachers: the dated assignments that give a teacher access
// to the group's pupils, added and ended by the school's office staff or the education office.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { AsyncView, ErrorAlert, isIsoDate, Page } from '../../../components/common.tsx';
import { formatDate, useI18n } from '../../../i18n/i18n.tsx';
import type { Translations } from '../../../i18n/fi.ts';
import { AppLink } from '../../../router.tsx';
import { useAuthenticated } from '../../../session.tsx';
import { formatSchoolYear, todayIso } from '../api.ts';
import { orNull, useManagementForm, useReloadable, type FieldMessages } from '../../../components/forms.tsx';
import { BE, managementApi, type GroupView, type ManagementApi, type StaffMember } from './management-api.ts';
import { EndForm, staffName } from './school-page.tsx';

export function GroupPage({ params }: { params: Record<string, string> }) {
  const groupId = params.groupId!;
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const { api, can } = useAuthenticated();
  const client = useMemo(() => managementApi(api.http), [api]);
  const [state, reload] = useReloadable(async () => {
    const view = await client.group(groupId);
    // The school's staff to choose from, for those who may assign teachers.
    const staff = can(BE.groupUpdate) && can(BE.schoolRead) ? (await client.school(view.group.school_id, view.group.school_year)).staff : [];
    return { view, staff };
  }, [client, groupId]);
  const title = state.status === 'ok' ? m.groupTitle(state.data.view.group.name, formatSchoolYear(state.data.view.group.school_year)) : m.teachers;
  return (
    <Page title={title}>
      <AsyncView state={state}>
        {({ view, staff }) => (
          <>
            <Paragraph className="v-mb">
              <AppLink href={`/basic-education/schools/${view.group.school_id}`}>{m.backToSchool}</AppLink>
            </Paragraph>
            <Paragraph className="v-mb">
              {m.groupKinds[view.group.kind]}
              {view.group.grade !== null ? `, ${m.gradeLevel.toLowerCase()} ${view.group.grade}` : ''}. {m.pupilCount(view.pupils.length)}
            </Paragraph>
            <TeachersSection view={view} staff={staff} client={client} onChanged={reload} />
          </>
        )}
      </AsyncView>
    </Page>
  );
}

function TeachersSection({ view, staff, client, onChanged }: { view: GroupView; staff: StaffMember[]; client: ManagementApi; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const m = t.basicEducation.management;
  const { can } = useAuthenticated();
  const [ending, setEnding] = useState<string | null>(null);
  const [ended, setEnded] = useState<((t: Translations) => string) | null>(null);
  const mayUpdate = can(BE.groupUpdate);
  return (
    <section aria-labelledby="be-teachers-h" className="v-section">
      <Heading variant="h2" id="be-teachers-h">
        {m.teachers}
      </Heading>
      <Paragraph className="v-mb">{m.teachersIntro}</Paragraph>
      {view.teachers.length === 0 ? (
        <Paragraph>{m.noTeachers}</Paragraph>
      ) : (
        <table className="v-table" data-testid="be-teachers">
          <caption className="v-visually-hidden">{m.teachersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.title}</th>
              <th scope="col">{m.validFrom}</th>
              <th scope="col">{m.validTo}</th>
              {mayUpdate && <th scope="col">{m.endAssignment}</th>}
            </tr>
          </thead>
          <tbody>
            {view.teachers.map((a) => (
              <tr key={`${a.id}-${a.valid_from}`} data-staff-id={a.id}>
                <th scope="row">{staffName(a)}</th>
                <td>{m.titles[a.title] ?? a.title}</td>
                <td>{formatDate(a.valid_from, lang)}</td>
                <td>{a.valid_to ? formatDate(a.valid_to, lang) : '–'}</td>
                {mayUpdate && (
                  <td>
                    {a.valid_to !== null ? null : ending === a.id ? (
                      <EndForm
                        label={m.endAssignmentFor(staffName(a))}
                        testId="be-end-assignment"
                        onCancel={() => setEnding(null)}
                        onEnd={async (validTo) => {
                          await client.endAssignment(view.group.id, a.id, validTo);
                          setEnding(null);
                          setEnded(() => (tr: Translations) => tr.basicEducation.management.assignmentEnded(staffName(a), formatDate(validTo, lang)));
                          onChanged();
                        }}
                      />
                    ) : (
                      <Button variant="secondary" onClick={() => setEnding(a.id)} aria-label={m.endAssignmentFor(staffName(a))}>
                        {m.endAssignment}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div role="status" className="v-mb" data-testid="be-assignment-ended">
        {ended ? ended(t) : ''}
      </div>
      {mayUpdate && <AssignForm groupId={view.group.id} staff={staff} client={client} onAdded={onChanged} />}
    </section>
  );
}

const FIELDS = ['staffId', 'validFrom', 'validTo'] as const;
type Field = (typeof FIELDS)[number];

function AssignForm({ groupId, staff, client, onAdded }: { groupId: string; staff: StaffMember[]; client: ManagementApi; onAdded: () => void }) {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const [staffId, setStaffId] = useState(staff[0]?.id ?? '');
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validTo, setValidTo] = useState('');
  const form = useManagementForm(FIELDS, { staff_not_valid: 'staffId', assignment_overlap: 'validFrom', invalid_period: 'validTo' });
  if (staff.length === 0) return <Paragraph>{m.noStaffToAssign}</Paragraph>;
  const check = (): FieldMessages<Field> => {
    const e: FieldMessages<Field> = {};
    if (!staffId) e.staffId = (tr) => tr.common.fieldRequired;
    if (!isIsoDate(validFrom)) e.validFrom = (tr) => tr.common.invalidDate;
    if (validTo && !isIsoDate(validTo)) e.validTo = (tr) => tr.common.invalidDate;
    return e;
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const member = staff.find((s) => s.id === staffId);
    await form.submit(check, async () => {
      await client.assignTeacher(groupId, { staffId, validFrom, validTo: orNull(validTo) });
      onAdded();
      return (tr: Translations) => tr.basicEducation.management.assignmentAdded(member ? staffName(member) : '');
    });
  };
  return (
    <form className="v-card v-form" onSubmit={(e) => void submit(e)} noValidate data-testid="be-assign-teacher" aria-labelledby="be-assign-h">
      <Heading variant="h3" id="be-assign-h">
        {m.assignTeacher}
      </Heading>
      <Dropdown labelText={m.teacher} name="staffId" value={staffId} onChange={(v) => setStaffId(v)} {...form.statusOf('staffId')}>
        {staff.map((s) => (
          <DropdownItem key={s.id} value={s.id}>
            {`${staffName(s)} (${m.titles[s.title] ?? s.title})`}
          </DropdownItem>
        ))}
      </Dropdown>
      <div className="v-form-row">
        <TextInput labelText={m.validFrom} hintText={m.dateHint} name="validFrom" value={validFrom} onChange={(v) => setValidFrom(String(v ?? ''))} {...form.statusOf('validFrom')} autoComplete="off" />
        <TextInput labelText={m.validTo} hintText={m.validToHint} name="validTo" value={validTo} onChange={(v) => setValidTo(String(v ?? ''))} {...form.statusOf('validTo')} autoComplete="off" />
      </div>
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {m.assignTeacher}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
      <div role="status" data-testid="be-assign-status">
        {form.done}
      </div>
    </form>
  );
}
