import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { ErrorAlert, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { basicEducationApi, formatSchoolYear, type AssessmentBody, type PupilEnrolment } from './api.ts';
import { LANGUAGE_CODES, SUBJECTS } from './subjects.ts';

/** Error codes of the API that concern the mark itself: shown on the grade field. */
const MARK_ERRORS = new Set(['assessment_one_mark', 'assessment_scale', 'behaviour_numeric', 'validation']);

/** Parses what the user typed: a whole number (the API checks 4–10) or S/H/O; null when neither. */
export function parseMark(input: string): Pick<AssessmentBody, 'numericGrade' | 'verbalMark'> | null {
  const s = input.trim().toUpperCase();
  if (/^\d{1,3}$/.test(s)) return { numericGrade: Number(s), verbalMark: null };
  if (s === 'S' || s === 'H' || s === 'O') return { numericGrade: null, verbalMark: s };
  return null;
}

/**
 * Enter (or correct) a pupil's annual grade in a subject for the current school year. The form
 * checks only that something was typed; the core curriculum rules are the API's, and its
 * message comes back in the user's language.
 */
export function GradeForm({ pupilId, enrolment, schoolYear, assessedOn, onSaved }: { pupilId: string; enrolment: PupilEnrolment; schoolYear: number; assessedOn: string; onSaved: () => void }) {
  const { t, l } = useI18n();
  const be = t.basicEducation;
  const { api } = useAuthenticated();
  const client = useMemo(() => basicEducationApi(api.http), [api]);
  const errorText = useErrorText();
  const [subject, setSubject] = useState<string>('MA');
  const [language, setLanguage] = useState<string>('EN');
  const [mark, setMark] = useState('');
  const [markError, setMarkError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const isLanguage = !!SUBJECTS.find((s) => s.code === subject)?.language;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    if (!mark.trim()) return setMarkError(t.common.fieldRequired);
    const parsed = parseMark(mark);
    if (!parsed) return setMarkError(be.gradeInvalid);
    setMarkError(null);
    setBusy(true);
    try {
      const res = await client.saveAssessment(pupilId, {
        schoolYear,
        gradeLevel: enrolment.grade,
        kind: 'annual',
        subjectCode: subject,
        languageCode: isLanguage ? language : null,
        ...parsed,
        assessedOn,
      });
      setMark('');
      setSaved(res.corrected ? be.gradeCorrected : be.gradeSaved);
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && MARK_ERRORS.has(err.code)) setMarkError(errorText(err));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="be-grade-form-h" className="v-section" data-testid="be-grade-form">
      <Heading variant="h4" id="be-grade-form-h">
        {be.gradeForm}
      </Heading>
      <Paragraph>{be.gradeFormIntro(formatSchoolYear(schoolYear), enrolment.grade)}</Paragraph>
      <form className="v-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="be-grade-form-h">
        <Dropdown labelText={be.subject} name="subject" value={subject} onChange={(v) => setSubject(v)}>
          {SUBJECTS.map((s) => (
            <DropdownItem key={s.code} value={s.code}>
              {l(s.names)}
            </DropdownItem>
          ))}
        </Dropdown>
        {isLanguage && (
          <Dropdown labelText={be.language} name="language" value={language} onChange={(v) => setLanguage(v)}>
            {LANGUAGE_CODES.map((c) => (
              <DropdownItem key={c} value={c}>
                {be.languages[c] ?? c}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <TextInput
          labelText={be.grade}
          hintText={be.gradeHint}
          name="grade"
          value={mark}
          onChange={(v) => setMark(String(v ?? ''))}
          status={markError ? 'error' : 'default'}
          statusText={markError ?? ''}
          autoComplete="off"
        />
        <Button type="submit" disabled={busy} data-testid="be-save-grade">
          {be.saveGrade}
        </Button>
      </form>
      <ErrorAlert error={error} />
      <div role="status" className="v-mb" data-testid="be-grade-saved">
        {saved}
      </div>
    </section>
  );
}
