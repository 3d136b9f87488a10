// A resident's own data (turvakielto hides the address from staff, never from the person) and
// "who has viewed my data": staff processing by register, role and unit, never by name.
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n } from '../i18n/i18n.tsx';
import { AsyncView, Facts, Page, useAsync } from '../components/common.tsx';
import { useCitizen } from './citizen-app.tsx';
import { useCitizenTexts } from './i18n.ts';

export function MyDataPage() {
  const c = useCitizenTexts();
  const { lang } = useI18n();
  const { me } = useCitizen();
  const p = me.person;
  const a = p.address;
  return (
    <Page title={c.myData.title}>
      {p.nonDisclosure && (
        <InlineAlert status="neutral" className="v-mb">
          {c.myData.nonDisclosure}
        </InlineAlert>
      )}
      <div data-testid="citizen-my-data">
        <Facts
          items={[
            [c.myData.name, `${p.firstNames} ${p.lastName}`],
            [c.myData.birthDate, formatDate(p.birthDate, lang)],
            [c.myData.contactLanguage, c.myData.languages[p.contactLanguage] ?? p.contactLanguage],
            [c.myData.address, a ? [a.streetAddress, [a.postalCode, a.postOffice].filter(Boolean).join(' ')].filter(Boolean).join(', ') : null],
            [c.myData.phone, p.phone],
            [c.myData.email, p.email],
            [c.myData.children, me.children.map((ch) => `${ch.firstNames} ${ch.lastName}`).join(', ')],
          ]}
        />
      </div>
    </Page>
  );
}

export function AuditTrailPage() {
  const c = useCitizenTexts();
  const { lang, l } = useI18n();
  const { api } = useCitizen();
  const [state] = useAsync(() => api.auditTrail(), [api]);
  return (
    <Page title={c.audit.title}>
      <Paragraph className="v-mb">{c.audit.intro}</Paragraph>
      <AsyncView state={state}>
        {({ events }) =>
          events.length === 0 ? (
            <Paragraph>{c.audit.none}</Paragraph>
          ) : (
            <table className="v-table" data-testid="citizen-audit-trail">
              <thead>
                <tr>
                  <th scope="col">{c.audit.when}</th>
                  <th scope="col">{c.audit.register}</th>
                  <th scope="col">{c.audit.what}</th>
                  <th scope="col">{c.audit.role}</th>
                  <th scope="col">{c.audit.unit}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(e.occurredAt, lang)}</td>
                    <td>{e.register ? l(e.register) : c.audit.core}</td>
                    <td>{e.event}</td>
                    <td>{e.roles.map((r) => l(r)).join(', ')}</td>
                    <td>{e.units.join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </Page>
  );
}
