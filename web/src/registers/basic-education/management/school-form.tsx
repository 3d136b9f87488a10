// The form of a school's register details, for a new school and for changing one. Only what the
// user must get right before asking is checked here (a name, grades as numbers); the OID and the
// codes are checked by the API, whose message is shown on the field in the user's language.
import { useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { ErrorAlert } from '../../../components/common.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Translations } from '../../../i18n/fi.ts';
import { orNull, useManagementForm, type FieldMessages } from '../../../components/forms.tsx';
import type { SchoolBody, SchoolDetails } from './management-api.ts';

const FIELDS = ['name', 'language', 'schoolCode', 'oid', 'municipalityCode', 'firstGrade', 'lastGrade', 'streetAddress', 'postalCode', 'postOffice'] as const;
type Field = (typeof FIELDS)[number];

const toText = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function SchoolForm({
  school,
  onSave,
  testId,
}: {
  /** The school being changed; a new school when absent. */
  school?: SchoolDetails;
  onSave: (body: SchoolBody) => Promise<(t: Translations) => string>;
  testId: string;
}) {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const [v, setV] = useState<Record<Field, string>>({
    name: toText(school?.name),
    language: school?.teaching_language === 'sv' ? 'sv' : 'fi',
    schoolCode: toText(school?.school_code),
    oid: toText(school?.oid),
    municipalityCode: toText(school?.municipality_code),
    firstGrade: toText(school?.first_grade ?? 1),
    lastGrade: toText(school?.last_grade ?? 9),
    streetAddress: toText(school?.street_address),
    postalCode: toText(school?.postal_code),
    postOffice: toText(school?.post_office),
  });
  // The API names the grade fields in its "first grade above the last" refusal only by code.
  const form = useManagementForm(FIELDS, { invalid_grades: 'lastGrade' });
  const set = (f: Field) => (value: string | number | undefined) => setV((x) => ({ ...x, [f]: String(value ?? '') }));

  const check = (): FieldMessages<Field> => {
    const e: FieldMessages<Field> = {};
    if (!v.name.trim()) e.name = (tr) => tr.common.fieldRequired;
    for (const f of ['firstGrade', 'lastGrade'] as const) if (!/^(10|[0-9])$/.test(v[f].trim())) e[f] = (tr) => tr.basicEducation.management.gradeNumberInvalid;
    return e;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(check, () =>
      onSave({
        name: v.name.trim(),
        language: v.language as 'fi' | 'sv',
        schoolCode: orNull(v.schoolCode),
        oid: orNull(v.oid),
        municipalityCode: orNull(v.municipalityCode),
        firstGrade: Number(v.firstGrade),
        lastGrade: Number(v.lastGrade),
        streetAddress: orNull(v.streetAddress),
        postalCode: orNull(v.postalCode),
        postOffice: orNull(v.postOffice),
      }),
    );
    if (ok && !school) setV((x) => ({ ...x, name: '', schoolCode: '', oid: '', municipalityCode: '', streetAddress: '', postalCode: '', postOffice: '' }));
  };

  const input = (f: Exclude<Field, 'language'>, label: string, extra: { hintText?: string; fullWidth?: boolean } = {}) => (
    <TextInput labelText={label} name={f} value={v[f]} onChange={set(f)} {...form.statusOf(f)} {...extra} autoComplete="off" />
  );

  return (
    <form className="v-form" onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      {input('name', m.name, { fullWidth: true })}
      {!school && (
        <Dropdown labelText={m.teachingLanguage} name="language" value={v.language} onChange={set('language')}>
          {(['fi', 'sv'] as const).map((l) => (
            <DropdownItem key={l} value={l}>
              {m.teachingLanguages[l]}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      {input('oid', m.oid, { hintText: m.oidHint, fullWidth: true })}
      <div className="v-form-row">
        {input('schoolCode', m.schoolCode, { hintText: m.schoolCodeHint })}
        {input('municipalityCode', m.municipalityCode, { hintText: m.municipalityCodeHint })}
      </div>
      <div className="v-form-row">
        {input('firstGrade', m.firstGrade)}
        {input('lastGrade', m.lastGrade)}
      </div>
      {input('streetAddress', m.streetAddress, { fullWidth: true })}
      <div className="v-form-row">
        {input('postalCode', m.postalCode)}
        {input('postOffice', m.postOffice)}
      </div>
      <div className="v-actions">
        <Button type="submit" disabled={form.busy}>
          {school ? m.saveSchool : m.createSchool}
        </Button>
      </div>
      <ErrorAlert error={form.formError} />
      <div role="status" data-testid={`${testId}-status`}>
        {form.done}
      </div>
    </form>
  );
}
