import { Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { AsyncView, Facts, Page, useAsync } from '../components/common.tsx';
import { AppLink } from '../router.tsx';
import type { PersonDetails } from '../api/types.ts';
import { registerViews } from '../registers/index.ts';

export function PersonCardPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { api } = useAuthenticated();
  const [state] = useAsync(() => api.person(id), [api, id]);
  if (state.status !== 'ok') {
    return (
      <Page title={t.person.title}>
        <AsyncView state={state}>{() => null}</AsyncView>
      </Page>
    );
  }
  return <PersonCard person={state.data.person} />;
}

function PersonCard({ person: p }: { person: PersonDetails }) {
  const { t, lang, l } = useI18n();
  const { me, can, api } = useAuthenticated();
  const [registers] = useAsync(() => api.registers(), [api]);
  const name = `${p.firstNames} ${p.lastName}`;
  return (
    <Page
      title={name}
      actions={
        can('Person.READ_AUDIT_TRAIL') ? (
          <AppLink href={`/persons/${p.id}/audit-trail`} className="v-button-link">
            {t.person.auditTrail}
          </AppLink>
        ) : undefined
      }
    >
      {p.nonDisclosure && (
        <InlineAlert status="warning" labelText={t.person.nonDisclosureTitle} className="v-mb" data-testid="non-disclosure-banner">
          {p.addressHidden ? t.person.nonDisclosureText : t.person.nonDisclosureVisible}
        </InlineAlert>
      )}
      <div className="v-grid">
        <section aria-labelledby="basic-h" className="v-section v-card">
          <Heading variant="h2" id="basic-h">
            {t.person.basic}
          </Heading>
          <Facts
            items={[
              [t.person.hetu, p.hetu ? `${p.hetu}${p.hetuTemporary ? ` (${t.person.temporaryHetu})` : ''}` : null],
              [t.person.birthDate, formatDate(p.birthDate, lang)],
              ...(p.dateOfDeath ? ([[t.person.dateOfDeath, formatDate(p.dateOfDeath, lang)]] as [string, string][]) : []),
              [t.person.callingName, p.callingName],
              [t.person.sex, p.sex ? t.person.sexes[p.sex] : null],
              [t.person.nativeLanguage, p.nativeLanguage],
              [t.person.contactLanguage, p.contactLanguage],
              ...(p.addressHidden
                ? []
                : ([
                    [t.person.municipality, p.municipalityCode],
                    [t.person.phone, p.phone],
                    [t.person.email, p.email],
                  ] as [string, string | null][])),
            ]}
          />
          {p.previousNames.length > 0 && (
            <>
              <Heading variant="h3">{t.person.previousNames}</Heading>
              <ul>
                {p.previousNames.map((n, i) => (
                  <li key={i}>
                    {n.firstNames} {n.lastName}
                    {n.changedOn ? ` (${formatDate(n.changedOn, lang)})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="addr-h" className="v-section v-card">
          <Heading variant="h2" id="addr-h">
            {t.person.addresses}
          </Heading>
          {p.addressHidden ? (
            <Paragraph data-testid="addresses-hidden">{t.person.nonDisclosureText}</Paragraph>
          ) : p.addresses.length === 0 ? (
            <Paragraph>{t.person.noAddresses}</Paragraph>
          ) : (
            <ul className="v-plain-list">
              {p.addresses.map((a) => (
                <li key={a.id}>
                  {a.streetAddress}, {a.postalCode} {a.postOffice}{' '}
                  <span className="v-muted">
                    ({formatDate(a.validFrom, lang)}–{formatDate(a.validTo, lang)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="rel-h" className="v-section v-card">
          <Heading variant="h2" id="rel-h">
            {t.person.relationships}
          </Heading>
          {p.relationships.length === 0 ? (
            <Paragraph>{t.person.noRelationships}</Paragraph>
          ) : (
            <ul className="v-plain-list" data-testid="relationships">
              {p.relationships.map((r) => (
                <li key={`${r.kind}-${r.person.id}-${r.validFrom}`}>
                  <span className="v-rel-kind">{t.person.relationKinds[r.kind] ?? r.kind}:</span>{' '}
                  <AppLink href={`/persons/${r.person.id}`}>
                    {r.person.firstNames} {r.person.lastName}
                  </AppLink>{' '}
                  <span className="v-muted">({formatDate(r.person.birthDate, lang)})</span>
                  {r.person.nonDisclosure && <span className="v-tag v-tag-warning">{t.search.nonDisclosure}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {me.registers.length > 0 && (
        <section aria-labelledby="registers-h" className="v-section">
          <Heading variant="h2" id="registers-h">
            {t.person.registersTitle}
          </Heading>
          {me.registers.map((rid) => {
            const info = registers.status === 'ok' ? registers.data.registers.find((r) => r.id === rid) : undefined;
            const Section = registerViews[rid]?.PersonSection;
            return (
              <section key={rid} className="v-card v-mb" aria-labelledby={`reg-${rid}`} data-testid={`register-section-${rid}`}>
                <Heading variant="h3" id={`reg-${rid}`}>
                  {info ? l(info.names) : rid}
                </Heading>
                {Section ? <Section personId={p.id} /> : <Paragraph className="v-muted">{t.person.noRegisterData}</Paragraph>}
              </section>
            );
          })}
        </section>
      )}
    </Page>
  );
}
