// The unit views of ECEC staff: the application queue and the children placed in a unit.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, isIsoDate, Page, useAsync } from '../../components/common.tsx';
import { AppLink, navigate } from '../../router.tsx';
import { ececApi, localToday, type EcecUnit, type QueueItem } from './ecec-api.ts';

/** Loads the units the user may see and picks the one in the path (or the first). */
export function useUnits(unitId: string | undefined) {
  const { api } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const [units] = useAsync(() => ecec.units(), [ecec]);
  const list = units.status === 'ok' ? units.data.units : [];
  const current = list.find((u) => u.id === unitId) ?? list[0] ?? null;
  return { ecec, units, list, current };
}

export function UnitPicker({ units, current, basePath }: { units: EcecUnit[]; current: EcecUnit; basePath: string }) {
  const { t } = useI18n();
  return (
    <Dropdown labelText={t.ecec.unit} value={current.id} onChange={(v) => navigate(`${basePath}/${v}`)} name="unit" data-testid="ecec-unit">
      {units.map((u) => (
        <DropdownItem key={u.id} value={u.id}>
          {u.name}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}

export function QueuePage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { units, list, current } = useUnits(params.unitId);
  return (
    <Page title={t.ecec.queueTitle}>
      <AsyncView state={units}>
        {() =>
          !current ? (
            <Paragraph>{t.ecec.noUnits}</Paragraph>
          ) : (
            <>
              <div className="v-inline-form">
                <UnitPicker units={list} current={current} basePath="/ecec/queue" />
              </div>
              <Queue key={current.id} unit={current} />
            </>
          )
        }
      </AsyncView>
    </Page>
  );
}

function Queue({ unit }: { unit: EcecUnit }) {
  const { t } = useI18n();
  const { api } = useAuthenticated();
  const [state] = useAsync(() => ececApi(api).queue(unit.id), [api, unit.id]);
  return (
    <AsyncView state={state}>
      {(q) => (
        <section aria-labelledby="ecec-queue-h" data-testid="ecec-queue">
          <h2 id="ecec-queue-h" className="v-visually-hidden">
            {t.ecec.queueCaption(unit.name)}
          </h2>
          {q.placeGuaranteeAtRisk > 0 && (
            <InlineAlert status="warning" labelText={t.ecec.guaranteeTitle} className="v-mb" data-testid="ecec-guarantee-alert">
              {t.ecec.guaranteeText(q.placeGuaranteeAtRisk)}
            </InlineAlert>
          )}
          {q.queue.length === 0 ? <Paragraph>{t.ecec.queueEmpty}</Paragraph> : <QueueTable unit={unit} items={q.queue} />}
        </section>
      )}
    </AsyncView>
  );
}

function QueueTable({ unit, items }: { unit: EcecUnit; items: QueueItem[] }) {
  const { t, lang } = useI18n();
  return (
    <div style={{ overflowX: 'auto' }} role="region" aria-label={t.ecec.queueCaption(unit.name)} tabIndex={0}>
      <table className="v-table">
        <caption>
          {t.ecec.queueCaption(unit.name)} <span className="v-muted">({t.ecec.queueCount(items.length)})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.ecec.dueDate}</th>
            <th scope="col">{t.ecec.child}</th>
            <th scope="col">{t.ecec.applicationType}</th>
            <th scope="col">{t.ecec.status}</th>
            <th scope="col">{t.ecec.preference}</th>
            <th scope="col">{t.ecec.sentDate}</th>
            <th scope="col">{t.ecec.preferredStart}</th>
            <th scope="col">{t.ecec.notes}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} data-testid="ecec-queue-row">
              <td>{a.dueDate ? formatDate(a.dueDate, lang) : '–'}</td>
              <td>
                <AppLink href={`/persons/${a.childId}`}>
                  {a.firstNames} {a.lastName}
                </AppLink>
                <br />
                <span className="v-muted">
                  <span className="v-visually-hidden">{t.ecec.birthDate}: </span>
                  {formatDate(a.birthDate, lang)}
                </span>
              </td>
              <td>
                <AppLink href={`/ecec/applications/${a.id}`} aria-label={t.ecec.openApplicationOf(t.ecec.applicationTypes[a.type] ?? a.type, `${a.firstNames} ${a.lastName}`)} data-testid="ecec-open-application">
                  {t.ecec.applicationTypes[a.type] ?? a.type}
                </AppLink>
              </td>
              <td>{t.ecec.applicationStatuses[a.status] ?? a.status}</td>
              <td>{t.ecec.preferenceN(a.priority)}</td>
              <td>{formatDate(a.sentDate, lang)}</td>
              <td>{formatDate(a.preferredStartDate, lang)}</td>
              <td>
                {a.placeGuaranteeAtRisk && <span className="v-tag v-tag-warning">{t.ecec.guaranteeTag}</span>}
                {a.urgent && <span className="v-tag">{t.ecec.urgent}</span>}
                {a.siblingBasis && <span className="v-tag">{t.ecec.sibling}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UnitChildrenPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { units, list, current } = useUnits(params.unitId);
  return (
    <Page title={t.ecec.childrenTitle}>
      <AsyncView state={units}>
        {() => (!current ? <Paragraph>{t.ecec.noUnits}</Paragraph> : <UnitChildren key={current.id} units={list} unit={current} />)}
      </AsyncView>
    </Page>
  );
}

function UnitChildren({ units, unit }: { units: EcecUnit[]; unit: EcecUnit }) {
  const { t, lang } = useI18n();
  const { api } = useAuthenticated();
  const [input, setInput] = useState(localToday);
  const [date, setDate] = useState(input);
  const [error, setError] = useState<string | null>(null);
  const ecec = useMemo(() => ececApi(api), [api]);
  const [state] = useAsync(() => Promise.all([ecec.unitChildren(unit.id, date), ecec.unit(unit.id)]), [ecec, unit.id, date]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!isIsoDate(input)) return setError(t.common.invalidDate);
    setError(null);
    setDate(input);
  };
  return (
    <>
      <form className="v-inline-form" onSubmit={submit} noValidate aria-label={t.ecec.childrenTitle}>
        <UnitPicker units={units} current={unit} basePath="/ecec/children" />
        <TextInput labelText={t.ecec.date} hintText="yyyy-mm-dd" name="date" value={input} onChange={(v) => setInput(String(v ?? ''))} status={error ? 'error' : 'default'} statusText={error ?? ''} />
        <Button type="submit">{t.ecec.show}</Button>
      </form>
      <AsyncView state={state}>
        {([{ children }, { unit: details }]) => {
          const groups = new Map(details.groups.map((g) => [g.id, g.name]));
          return children.length === 0 ? (
            <Paragraph>{t.ecec.childrenEmpty}</Paragraph>
          ) : (
            <table className="v-table" data-testid="ecec-unit-children">
              <caption>{t.ecec.childrenCaption(unit.name, formatDate(date, lang))}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.ecec.child}</th>
                  <th scope="col">{t.ecec.birthDate}</th>
                  <th scope="col">{t.ecec.group}</th>
                  <th scope="col">{t.ecec.type}</th>
                  <th scope="col" className="v-num">
                    {t.ecec.serviceNeed}
                  </th>
                </tr>
              </thead>
              <tbody>
                {children.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <AppLink href={`/persons/${c.id}`}>
                        {c.lastName} {c.firstNames}
                      </AppLink>
                    </td>
                    <td>{formatDate(c.birthDate, lang)}</td>
                    <td>{c.groupId ? (groups.get(c.groupId) ?? '–') : '–'}</td>
                    <td>{t.ecec.placementTypes[c.type] ?? c.type}</td>
                    <td className="v-num">{t.ecec.hoursPerMonth(c.hoursPerMonth.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-FI`))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </AsyncView>
    </>
  );
}
