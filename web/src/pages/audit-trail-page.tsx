import { useState, type FormEvent } from 'react';
import { Button, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDateTime, useI18n } from '../i18n/i18n.tsx';
import { useAuthenticated } from '../session.tsx';
import { AsyncView, isIsoDate, Page, useAsync } from '../components/common.tsx';
import { AppLink } from '../router.tsx';
import { downloadUrl } from '../api/api.ts';

/** "Who has viewed my data": the access log of one person, for the registry officer. */
export function AuditTrailPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { api } = useAuthenticated();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [state] = useAsync(() => api.auditTrail(id, range), [api, id, range]);
  const [person] = useAsync(() => api.person(id), [api, id]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: typeof errors = {};
    if (from && !isIsoDate(from)) errs.from = t.common.invalidDate;
    if (to && !isIsoDate(to)) errs.to = t.common.invalidDate;
    if (!errs.from && !errs.to && from && to && from > to) errs.to = t.common.dateRangeOrder;
    setErrors(errs);
    if (!errs.from && !errs.to) setRange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  };

  return (
    <Page title={t.audit.title}>
      {person.status === 'ok' && (
        <Paragraph className="v-mb">
          <AppLink href={`/persons/${id}`}>
            {person.data.person.firstNames} {person.data.person.lastName}
          </AppLink>
        </Paragraph>
      )}
      <Paragraph className="v-mb">{t.audit.intro}</Paragraph>
      <p className="v-downloads">
        <a href={downloadUrl(`/persons/${id}/access-report/pdf`, { ...range, lang })} download data-testid="access-report-pdf">
          {t.ir.accessReportPdf}
        </a>
      </p>
      <form className="v-inline-form" onSubmit={submit} noValidate aria-label={t.audit.filter}>
        <TextInput labelText={t.common.from} hintText="yyyy-mm-dd" value={from} onChange={(v) => setFrom(String(v ?? ''))} status={errors.from ? 'error' : 'default'} statusText={errors.from ?? ''} />
        <TextInput labelText={t.common.to} hintText="yyyy-mm-dd" value={to} onChange={(v) => setTo(String(v ?? ''))} status={errors.to ? 'error' : 'default'} statusText={errors.to ?? ''} />
        <Button type="submit" variant="secondary">
          {t.audit.filter}
        </Button>
      </form>
      <AsyncView state={state}>
        {({ events }) =>
          events.length === 0 ? (
            <Paragraph>{t.audit.empty}</Paragraph>
          ) : (
            <table className="v-table" data-testid="audit-trail">
              <thead>
                <tr>
                  <th scope="col">{t.audit.when}</th>
                  <th scope="col">{t.audit.who}</th>
                  <th scope="col">{t.audit.roles}</th>
                  <th scope="col">{t.audit.units}</th>
                  <th scope="col">{t.audit.event}</th>
                  <th scope="col">{t.audit.register}</th>
                  <th scope="col">{t.audit.outcome}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((e, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(e.occurredAt, lang)}</td>
                    <td>{e.actor.displayName ?? t.audit.system}</td>
                    <td>{e.actor.roles.join(', ')}</td>
                    <td>{e.actor.units.join(', ')}</td>
                    <td>{e.event}</td>
                    <td>{[e.registerId, e.datasetId].filter(Boolean).join(' / ')}</td>
                    <td>{t.audit.outcomes[e.outcome] ?? e.outcome}</td>
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
