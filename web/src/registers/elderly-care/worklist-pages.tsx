// The daily lists of elderly services: the coordinator's open applications by their nearest
// statutory deadline, and a care unit's current clients.
import { useMemo, useState } from 'react';
import { Button, Dropdown, DropdownItem, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, ErrorAlert, Page, useAsync } from '../../components/common.tsx';
import { AppLink, navigate } from '../../router.tsx';
import { ELDERLY, elderlyApi, type WorklistItem } from './api.ts';
import { useElderlyTexts } from './i18n.ts';
import { ApplicationIntakeForm } from './intake-form.tsx';

export function ApplicationsPage() {
  const tx = useElderlyTexts();
  const { api, can } = useAuthenticated();
  const elderly = useMemo(() => elderlyApi(api.http), [api]);
  const [state, reload] = useAsync(() => elderly.worklist(), [elderly]);
  const [intake, setIntake] = useState(false);
  return (
    <Page title={tx.applicationsTitle}>
      {can(ELDERLY.applicationCreate) && (
        <>
          <div className="v-actions v-mb">
            <Button variant={intake ? 'secondary' : 'default'} onClick={() => setIntake((x) => !x)} aria-expanded={intake} data-testid="elderly-intake-toggle">
              {intake ? tx.intake.close : tx.intake.open}
            </Button>
          </div>
          {intake && <ApplicationIntakeForm onSaved={reload} />}
        </>
      )}
      <AsyncView state={state}>
        {(w) => {
          const overdue = w.applications.filter((a) => a.overdue).length;
          return (
            <section aria-labelledby="elderly-worklist-h" data-testid="elderly-worklist">
              <h2 id="elderly-worklist-h" className="v-visually-hidden">
                {tx.applicationsCaption}
              </h2>
              {overdue > 0 && (
                <InlineAlert status="warning" labelText={tx.overdueTitle} className="v-mb" data-testid="elderly-overdue-alert">
                  {tx.overdueAlert(overdue)}
                </InlineAlert>
              )}
              {w.applications.length === 0 ? <Paragraph>{tx.applicationsEmpty}</Paragraph> : <WorklistTable items={w.applications} total={w.total} today={w.today} onChanged={reload} />}
            </section>
          );
        }}
      </AsyncView>
    </Page>
  );
}

function WorklistTable({ items, total, today, onChanged }: { items: WorklistItem[]; total: number; today: string; onChanged: () => void }) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  const { api, can } = useAuthenticated();
  const elderly = useMemo(() => elderlyApi(api.http), [api]);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const canUpdate = can(ELDERLY.applicationUpdate);
  const start = async (a: WorklistItem) => {
    setError(null);
    setStatus('');
    try {
      await elderly.startAssessment(a.id, today);
      setStatus(tx.startedSaved);
      onChanged();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      <div role="status" className="v-mb">
        {status}
      </div>
      <div style={{ overflowX: 'auto' }} role="region" aria-label={tx.applicationsCaption} tabIndex={0}>
        <table className="v-table">
          <caption>
            {tx.applicationsCaption} <span className="v-muted">({tx.applicationCount(total)}{total > items.length ? `, ${tx.showingFirst(items.length)}` : ''})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{tx.dueDate}</th>
              <th scope="col">{tx.person}</th>
              <th scope="col">{tx.kind}</th>
              <th scope="col">{tx.status}</th>
              <th scope="col">{tx.received}</th>
              <th scope="col">{tx.startDue}</th>
              <th scope="col">{tx.processingDue}</th>
              {canUpdate && (
                <th scope="col">
                  <span className="v-visually-hidden">{tx.markStarted}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              const name = `${a.lastName} ${a.firstNames}`;
              return (
                <tr key={a.id} data-testid="elderly-worklist-row" data-client={a.isClient ? 'true' : 'false'}>
                  <td>
                    {a.nextDue ? formatDate(a.nextDue, lang) : '–'}
                    {a.nextDueKind && (
                      <>
                        <br />
                        <span className="v-muted">{tx.dueKinds[a.nextDueKind]}</span>
                      </>
                    )}
                    {a.workingDaysLeft !== null && (
                      <>
                        <br />
                        <span className={a.overdue ? 'v-tag v-tag-warning' : 'v-muted'}>{tx.daysLeft(a.workingDaysLeft)}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <AppLink href={`/persons/${a.personId}`}>{name}</AppLink>
                    <br />
                    <span className="v-muted">
                      <span className="v-visually-hidden">{tx.birthDate}: </span>
                      {formatDate(a.birthDate, lang)}
                    </span>
                    {!a.isClient && <span className="v-tag">{tx.notClient}</span>}
                  </td>
                  <td>{tx.applicationKinds[a.kind] ?? a.kind}</td>
                  <td>{tx.applicationStatuses[a.status] ?? a.status}</td>
                  <td>{formatDate(a.receivedOn, lang)}</td>
                  <td>{a.assessmentStartDue ? formatDate(a.assessmentStartDue, lang) : <span className="v-muted">{tx.noLimit}</span>}</td>
                  <td>{a.processingDue ? formatDate(a.processingDue, lang) : '–'}</td>
                  {canUpdate && (
                    <td>
                      {a.assessmentStartedOn === null && (
                        <Button variant="secondary" onClick={() => void start(a)} aria-label={tx.markStartedFor(name)} style={{ whiteSpace: 'nowrap' }}>
                          {tx.markStarted}
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function UnitClientsPage({ params }: { params: Record<string, string> }) {
  const tx = useElderlyTexts();
  const { api } = useAuthenticated();
  const elderly = useMemo(() => elderlyApi(api.http), [api]);
  const [units] = useAsync(() => elderly.units(), [elderly]);
  return (
    <Page title={tx.clientsTitle}>
      <AsyncView state={units}>
        {({ units: list }) => {
          const current = list.find((u) => u.id === params.unitId) ?? list[0];
          if (!current) return <Paragraph>{tx.noUnits}</Paragraph>;
          return (
            <>
              {list.length > 1 && (
                <div className="v-inline-form">
                  <Dropdown labelText={tx.unit} value={current.id} onChange={(v) => navigate(`/elderly-care/clients/${v}`)} name="unit">
                    {list.map((u) => (
                      <DropdownItem key={u.id} value={u.id}>
                        {u.name}
                      </DropdownItem>
                    ))}
                  </Dropdown>
                </div>
              )}
              <UnitClients key={current.id} unitId={current.id} />
            </>
          );
        }}
      </AsyncView>
    </Page>
  );
}

function UnitClients({ unitId }: { unitId: string }) {
  const tx = useElderlyTexts();
  const { lang } = useI18n();
  const { api } = useAuthenticated();
  const [state] = useAsync(() => elderlyApi(api.http).unitClients(unitId), [api, unitId]);
  return (
    <AsyncView state={state}>
      {({ unit, clients }) =>
        clients.length === 0 ? (
          <Paragraph>{tx.clientsEmpty}</Paragraph>
        ) : (
          <table className="v-table" data-testid="elderly-unit-clients">
            <caption>{tx.clientsCaption(unit.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{tx.person}</th>
                <th scope="col">{tx.birthDate}</th>
                <th scope="col">{tx.section.period}</th>
                <th scope="col">{tx.planVersion}</th>
                <th scope="col">{tx.lastRecord}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.personId}>
                  <td>
                    <AppLink href={`/persons/${c.personId}`}>
                      {c.lastName} {c.firstNames}
                    </AppLink>
                  </td>
                  <td>{formatDate(c.birthDate, lang)}</td>
                  <td>{formatDate(c.startDate, lang)}–</td>
                  <td>{c.planVersion ? `${tx.section.version(c.planVersion)} (${formatDate(c.planValidFrom, lang)})` : '–'}</td>
                  <td>{c.lastRecordAt ? formatDateTime(c.lastRecordAt, lang) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </AsyncView>
  );
}
