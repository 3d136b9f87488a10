// The social worker's worklist: the unit's incoming notifications (urgent first, then by the
// nearest statutory deadline) and its pending applications.
import { useMemo, useState } from 'react';
import { Button, Dropdown, DropdownItem, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, Page, useAsync, type AsyncState } from '../../components/common.tsx';
import { AppLink, navigate } from '../../router.tsx';
import { SOCIAL, socialApi, type Worklist } from './api.ts';
import { useSocialTexts } from './i18n.ts';
import { IntakeForm } from './intake-form.tsx';

type Item = Worklist['notifications'][number] | Worklist['applications'][number];

export function WorklistPage({ params }: { params: Record<string, string> }) {
  const tx = useSocialTexts();
  const { api, me } = useAuthenticated();
  const social = useMemo(() => socialApi(api.http), [api]);
  const [units] = useAsync(() => social.units(), [social]);
  // The worklist is the social worker's: only units where the user is one.
  const mine = new Set(me.user.grants.filter((g) => g.role === SOCIAL.socialWorker && g.unitId).map((g) => g.unitId as string));
  return (
    <Page title={tx.worklistTitle}>
      <AsyncView state={units}>
        {({ units: all }) => {
          const list = all.filter((u) => mine.has(u.id));
          const current = list.find((u) => u.id === params.unitId) ?? list[0];
          if (!current) return <Paragraph>{tx.noUnits}</Paragraph>;
          return (
            <>
              {list.length > 1 && (
                <div className="v-inline-form">
                  <Dropdown labelText={tx.unit} value={current.id} onChange={(v) => navigate(`/social-work/worklist/${v}`)} name="unit">
                    {list.map((u) => (
                      <DropdownItem key={u.id} value={u.id}>
                        {u.name}
                      </DropdownItem>
                    ))}
                  </Dropdown>
                </div>
              )}
              <UnitWorklist key={current.id} unitId={current.id} />
            </>
          );
        }}
      </AsyncView>
    </Page>
  );
}

function Due({ item }: { item: Item }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  return (
    <>
      {item.nextDue ? formatDate(item.nextDue, lang) : '–'}
      {item.nextDueKind && (
        <>
          <br />
          <span className="v-muted">{tx.deadlineKinds[item.nextDueKind] ?? item.nextDueKind}</span>
        </>
      )}
      {item.workingDaysLeft !== null && (
        <>
          <br />
          <span className={item.overdue ? 'v-tag v-tag-warning' : 'v-muted'}>{tx.daysLeft(item.workingDaysLeft)}</span>
        </>
      )}
    </>
  );
}

function PersonCell({ item }: { item: Item }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  return (
    <>
      <AppLink href={`/persons/${item.personId}`}>
        {item.lastName} {item.firstNames}
      </AppLink>
      <br />
      <span className="v-muted">
        <span className="v-visually-hidden">{tx.birthDate}: </span>
        {formatDate(item.birthDate, lang)}
      </span>
    </>
  );
}

function UnitWorklist({ unitId }: { unitId: string }) {
  const tx = useSocialTexts();
  const { api } = useAuthenticated();
  const [state, reload] = useAsync(() => socialApi(api.http).worklist(unitId), [api, unitId]);
  const [intake, setIntake] = useState(false);
  return (
    <>
      <div className="v-actions v-mb">
        <Button variant={intake ? 'secondary' : 'default'} onClick={() => setIntake((x) => !x)} aria-expanded={intake} data-testid="social-intake-toggle">
          {intake ? tx.intake.cancel : tx.intake.open}
        </Button>
      </div>
      {intake && <IntakeForm unitId={unitId} onSaved={reload} />}
      <UnitWorklistView state={state} />
    </>
  );
}

function UnitWorklistView({ state }: { state: AsyncState<Worklist> }) {
  const tx = useSocialTexts();
  const { lang } = useI18n();
  return (
    <AsyncView state={state}>
      {(w) => {
        const overdue = [...w.notifications, ...w.applications].filter((i) => i.overdue).length;
        return (
          <>
            {overdue > 0 && (
              <InlineAlert status="warning" labelText={tx.overdueTitle} className="v-mb" data-testid="social-overdue-alert">
                {tx.overdueAlert(overdue)}
              </InlineAlert>
            )}
            <section aria-labelledby="social-wl-notifications-h" data-testid="social-worklist-notifications">
              <h2 id="social-wl-notifications-h" className="v-visually-hidden">
                {tx.notificationsCaption(w.unit.name)}
              </h2>
              {w.notifications.length === 0 ? (
                <Paragraph>{tx.notificationsEmpty}</Paragraph>
              ) : (
                <table className="v-table">
                  <caption>
                    {tx.notificationsCaption(w.unit.name)} <span className="v-muted">({tx.count(w.notifications.length)})</span>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{tx.dueDate}</th>
                      <th scope="col">{tx.person}</th>
                      <th scope="col">{tx.kind}</th>
                      <th scope="col">{tx.received}</th>
                      <th scope="col">{tx.summary}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {w.notifications.map((n) => (
                      <tr key={n.id} data-testid="social-worklist-notification">
                        <td>
                          <Due item={n} />
                        </td>
                        <td>
                          <PersonCell item={n} />
                        </td>
                        <td>
                          {tx.notificationKinds[n.kind] ?? n.kind}
                          {n.urgent && <span className="v-tag v-tag-warning">{tx.urgent}</span>}
                        </td>
                        <td>{formatDate(n.receivedOn, lang)}</td>
                        <td>{n.summary}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section aria-labelledby="social-wl-applications-h" data-testid="social-worklist-applications">
              <h2 id="social-wl-applications-h" className="v-visually-hidden">
                {tx.applicationsCaption(w.unit.name)}
              </h2>
              {w.applications.length === 0 ? (
                <Paragraph>{tx.applicationsEmpty}</Paragraph>
              ) : (
                <table className="v-table">
                  <caption>
                    {tx.applicationsCaption(w.unit.name)} <span className="v-muted">({tx.count(w.applications.length)})</span>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{tx.dueDate}</th>
                      <th scope="col">{tx.person}</th>
                      <th scope="col">{tx.kind}</th>
                      <th scope="col">{tx.received}</th>
                      <th scope="col">{tx.summary}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {w.applications.map((a) => (
                      <tr key={a.id} data-testid="social-worklist-application">
                        <td>
                          <Due item={a} />
                        </td>
                        <td>
                          <PersonCell item={a} />
                        </td>
                        <td>{tx.applicationKinds[a.kind] ?? a.kind}</td>
                        <td>{formatDate(a.receivedOn, lang)}</td>
                        <td>{a.summary ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </>
        );
      }}
    </AsyncView>
  );
}
