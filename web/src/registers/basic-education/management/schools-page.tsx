// Koulut: the schools the user may see, and a new school for the education office.
import { useMemo } from 'react';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { AsyncView, Page } from '../../../components/common.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import { AppLink } from '../../../router.tsx';
import { useAuthenticated } from '../../../session.tsx';
import { BE, managementApi } from './management-api.ts';
import { SchoolForm } from './school-form.tsx';
import { useReloadable } from '../../../components/forms.tsx';

export function SchoolsPage() {
  const { t } = useI18n();
  const m = t.basicEducation.management;
  const { api, can } = useAuthenticated();
  const client = useMemo(() => managementApi(api.http), [api]);
  const [state, reload] = useReloadable(() => client.schools(), [client]);
  return (
    <Page title={m.schoolsTitle}>
      <AsyncView state={state}>
        {({ schools }) =>
          schools.length === 0 ? (
            <Paragraph>{m.noSchools}</Paragraph>
          ) : (
            <table className="v-table" data-testid="be-schools">
              <caption className="v-visually-hidden">{m.schoolsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.name}</th>
                  <th scope="col">{m.oid}</th>
                  <th scope="col">{m.schoolCode}</th>
                  <th scope="col">{m.teachingLanguage}</th>
                  <th scope="col">{m.grades}</th>
                </tr>
              </thead>
              <tbody>
                {schools.map((s) => (
                  <tr key={s.id} data-school-id={s.id}>
                    <th scope="row">
                      <AppLink href={`/basic-education/schools/${s.id}`}>{s.name}</AppLink>
                    </th>
                    <td>{s.oid ?? '–'}</td>
                    <td>{s.school_code ?? '–'}</td>
                    <td>{m.teachingLanguages[s.teaching_language] ?? s.teaching_language}</td>
                    <td>{m.gradeRange(s.first_grade, s.last_grade)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
      {can(BE.schoolCreate) && (
        <section aria-labelledby="be-new-school-h" className="v-section v-card">
          <Heading variant="h2" id="be-new-school-h">
            {m.newSchool}
          </Heading>
          <SchoolForm
            testId="be-new-school"
            onSave={async (body) => {
              await client.createSchool(body);
              reload();
              return (tr) => tr.basicEducation.management.schoolCreated(body.name);
            }}
          />
        </section>
      )}
    </Page>
  );
}
