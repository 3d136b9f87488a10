// An ECEC application as a handler processes it (eVaka's application page and placement draft):
// the details, then sent → processing → placement proposal (unit, group, dates, service need) →
// accepted (the placement is made) or rejected with grounds. The rules are the API's; its
// messages come back in the user's language, on the field they concern when there is one.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { formatDate, useI18n, type Lang } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { AsyncView, ErrorAlert, Facts, isIsoDate, Page, useAsync, useErrorText } from '../../components/common.tsx';
import { ApiError } from '../../api/client.ts';
import { AppLink } from '../../router.tsx';
import { ECEC, ececApi, type ApplicationDetails, type EcecUnit, type StatusChange } from './ecec-api.ts';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);
const num = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { maximumFractionDigits: 2 });
const fullName = (p: { firstNames: string; lastName: string }) => `${p.firstNames} ${p.lastName}`;

export function ApplicationPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { api } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const [state, reload] = useAsync(() => ecec.application(params.id!), [ecec, params.id]);
  // The outcome of the last step; outside the reloaded view so that it stays and is announced.
  const [done, setDone] = useState('');
  const title = state.status === 'ok' ? t.ecec.applicationTitle(fullName(state.data.child)) : t.ecec.application;
  const changed = (msg: string) => {
    setDone(msg);
    reload();
  };
  return (
    <Page title={title}>
      <Paragraph className="v-mb">
        <AppLink href="/ecec/queue">{t.ecec.backToQueue}</AppLink>
      </Paragraph>
      <div role="status" className="v-mb" data-testid="ecec-application-done">
        {done}
      </div>
      <AsyncView state={state}>{(d) => <ApplicationView details={d} onChanged={changed} />}</AsyncView>
    </Page>
  );
}

function ApplicationView({ details, onChanged }: { details: ApplicationDetails; onChanged: (message: string) => void }) {
  const { t, lang } = useI18n();
  const { can } = useAuthenticated();
  const e = t.ecec;
  const { application: a, child, guardian, otherGuardian, sibling } = details;
  const open = a.status === 'sent' || a.status === 'processing' || a.status === 'placement_proposal';
  return (
    <div data-testid="ecec-application">
      {a.placeGuaranteeAtRisk && (
        <InlineAlert status="warning" labelText={e.guaranteeTitle} className="v-mb" data-testid="ecec-application-guarantee">
          {e.guaranteeOne}
        </InlineAlert>
      )}
      <section aria-labelledby="ecec-app-h" className="v-section">
        <Heading variant="h2" id="ecec-app-h">
          {e.applicationDetails}
        </Heading>
        <Facts
          items={[
            [e.status, <span className="v-status" data-testid="ecec-application-status">{e.applicationStatuses[a.status] ?? a.status}</span>],
            [e.child, <AppLink href={`/persons/${child.id}`}>{fullName(child)}</AppLink>],
            [e.birthDate, formatDate(child.birthDate, lang)],
            [e.guardian, <AppLink href={`/persons/${guardian.id}`}>{fullName(guardian)}</AppLink>],
            [e.applicationType, e.applicationTypes[a.type] ?? a.type],
            [e.sentDate, formatDate(a.sentDate, lang)],
            [e.preferredStart, formatDate(a.preferredStartDate, lang)],
            [e.serviceNeed, a.hoursPerMonth === null ? null : e.hoursPerMonth(num(a.hoursPerMonth, lang))],
            [e.dueDate, a.dueDate ? `${formatDate(a.dueDate, lang)}${a.dueDateSetManually ? ` (${e.setManually})` : ''}` : null],
            [e.urgent, a.urgent ? t.common.yes : t.common.no],
            [e.sibling, a.siblingBasis ? (sibling ? fullName(sibling) : t.common.yes) : t.common.no],
            ...(otherGuardian
              ? ([[e.otherGuardian, `${fullName(otherGuardian)}: ${e.consentStatuses[a.otherGuardianConsent ?? 'pending'] ?? a.otherGuardianConsent}`]] as [string, string][])
              : []),
          ]}
        />
        <Heading variant="h3" id="ecec-app-units-h">
          {e.preferredUnits}
        </Heading>
        <ol aria-labelledby="ecec-app-units-h" data-testid="ecec-application-units">
          {details.preferredUnits.map((u) => (
            <li key={u.id}>{u.name}</li>
          ))}
        </ol>
      </section>
      {details.proposedUnit && a.proposedStartDate && (
        <section aria-labelledby="ecec-app-proposal-h" className="v-section" data-testid="ecec-application-proposal">
          <Heading variant="h3" id="ecec-app-proposal-h">
            {e.proposal}
          </Heading>
          <Facts
            items={[
              [e.unit, details.proposedUnit.name],
              [e.group, details.proposedGroup?.name ?? null],
              [e.period, `${formatDate(a.proposedStartDate, lang)}–${a.proposedEndDate ? formatDate(a.proposedEndDate, lang) : ''}`],
              [e.serviceNeed, a.proposedHoursPerMonth === null ? null : e.hoursPerMonth(num(a.proposedHoursPerMonth, lang))],
              ...(a.proposedFreeHoursPerMonth !== null ? ([[e.freeHours, e.hoursPerMonth(num(a.proposedFreeHoursPerMonth, lang))]] as [string, string][]) : []),
            ]}
          />
        </section>
      )}
      {a.status === 'rejected' && a.rejectionReason && (
        <section aria-labelledby="ecec-app-rejected-h" className="v-section">
          <Heading variant="h3" id="ecec-app-rejected-h">
            {e.rejectionReason}
          </Heading>
          <Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.rejectionReason}</Paragraph>
        </section>
      )}
      {details.placementId && (
        <InlineAlert status="neutral" className="v-mb" data-testid="ecec-application-placed">
          {e.placementMade} <AppLink href={`/persons/${child.id}`}>{e.openChildCard}</AppLink>
        </InlineAlert>
      )}
      {open && can(ECEC.applicationUpdate) && <Actions details={details} onChanged={onChanged} />}
    </div>
  );
}

/** The next steps the status allows (the API's STATUS_FLOW), each its own small form. */
function Actions({ details, onChanged }: { details: ApplicationDetails; onChanged: (message: string) => void }) {
  const { t, lang } = useI18n();
  const e = t.ecec;
  const a = details.application;
  const { api } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (body: StatusChange) => {
    setError(null);
    setBusy(true);
    try {
      const res = (await ecec.changeStatus(a.id, body)) as { feesMissingFiguresFrom?: string | null };
      const done = e.statusChanged(e.applicationStatuses[body.status] ?? body.status);
      onChanged(res.feesMissingFiguresFrom ? `${done} ${e.feeDecisionWaits(formatDate(res.feesMissingFiguresFrom, lang))}` : done);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const consent = async (value: 'given' | 'refused') => {
    setError(null);
    try {
      await ecec.consent(a.id, value);
      onChanged(e.consentRecorded);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section aria-labelledby="ecec-app-actions-h" className="v-section" data-testid="ecec-application-actions">
      <Heading variant="h2" id="ecec-app-actions-h">
        {e.processing}
      </Heading>
      <ErrorAlert error={error} />
      {a.otherGuardianConsent === 'pending' && (
        <div className="v-actions v-mb">
          <Paragraph>{e.consentPending}</Paragraph>
          <Button variant="secondary" onClick={() => void consent('given')}>
            {e.consentGiven}
          </Button>
          <Button variant="secondary" onClick={() => void consent('refused')}>
            {e.consentRefused}
          </Button>
        </div>
      )}
      {a.status === 'sent' && (
        <div className="v-actions v-mb">
          <Button disabled={busy} onClick={() => void run({ status: 'processing' })} data-testid="ecec-start-processing">
            {e.startProcessing}
          </Button>
        </div>
      )}
      {a.status === 'processing' && <ProposalForm details={details} onChanged={onChanged} />}
      {a.status === 'placement_proposal' && (
        <div className="v-actions v-mb">
          <Button disabled={busy} onClick={() => void run({ status: 'accepted' })} data-testid="ecec-accept">
            {e.accept}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => void run({ status: 'processing' })}>
            {e.backToProcessing}
          </Button>
        </div>
      )}
      {(a.status === 'processing' || a.status === 'placement_proposal') && <RejectForm applicationId={a.id} onChanged={onChanged} />}
      <UrgencyForm details={details} onChanged={onChanged} />
      <div className="v-actions">
        <Button variant="secondaryNoBorder" disabled={busy} onClick={() => void run({ status: 'cancelled' })}>
          {e.cancelApplication}
        </Button>
      </div>
    </section>
  );
}

const NO_GROUP = 'none';

/** API error codes shown on a field of the proposal form rather than above it. */
const PROPOSAL_FIELD_ERRORS: Record<string, 'unit' | 'group' | 'start' | 'end' | 'hours' | 'free'> = {
  unknown_unit: 'unit',
  unknown_group: 'group',
  overlapping_placement: 'start',
  proposal_incomplete: 'start',
  invalid_range: 'end',
  hours_required: 'hours',
  free_hours_required: 'free',
  invalid_free_hours: 'free',
};

function ProposalForm({ details, onChanged }: { details: ApplicationDetails; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const e = t.ecec;
  const a = details.application;
  const { api } = useAuthenticated();
  const ecec = useMemo(() => ececApi(api), [api]);
  const errorText = useErrorText();
  const [units] = useAsync(() => ecec.units(), [ecec]);
  const [unitId, setUnitId] = useState(details.preferredUnits[0]?.id ?? '');
  const [unit] = useAsync(() => (unitId ? ecec.unit(unitId) : Promise.resolve(null)), [ecec, unitId]);
  const [groupId, setGroupId] = useState(NO_GROUP);
  const [start, setStart] = useState(a.preferredStartDate);
  const [hasEnd, setHasEnd] = useState(false);
  const [end, setEnd] = useState('');
  const [hours, setHours] = useState(a.hoursPerMonth === null ? '' : String(a.hoursPerMonth));
  const needsFree = a.type === 'preschool_daycare';
  const [free, setFree] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'unit' | 'group' | 'start' | 'end' | 'hours' | 'free', string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Preferred units first, in the family's order; then every other unit the user may see.
  const preferred = new Set(details.preferredUnits.map((u) => u.id));
  const others: EcecUnit[] = units.status === 'ok' ? units.data.units.filter((u) => !preferred.has(u.id)) : [];
  const groups = unit.status === 'ok' && unit.data ? unit.data.unit.groups : [];

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setError(null);
    const errs: typeof fieldErrors = {};
    const parsedHours = Number(hours.replace(',', '.'));
    const parsedFree = Number(free.replace(',', '.'));
    if (!unitId) errs.unit = t.common.fieldRequired;
    if (!isIsoDate(start)) errs.start = t.common.invalidDate;
    if (hasEnd && !isIsoDate(end)) errs.end = t.common.invalidDate;
    else if (hasEnd && end < start) errs.end = t.common.dateRangeOrder;
    if (!hours.trim()) errs.hours = t.common.fieldRequired;
    else if (!Number.isFinite(parsedHours) || parsedHours < 0 || parsedHours > 744) errs.hours = e.invalidHours;
    if (needsFree && !free.trim()) errs.free = t.common.fieldRequired;
    else if (free.trim() && (!Number.isFinite(parsedFree) || parsedFree < 0 || parsedFree > 744)) errs.free = e.invalidHours;
    setFieldErrors(errs);
    if (Object.keys(errs).length > 0) return;
    setBusy(true);
    try {
      await ecec.changeStatus(a.id, {
        status: 'placement_proposal',
        unitId,
        groupId: groupId === NO_GROUP ? null : groupId,
        startDate: start,
        endDate: hasEnd ? end : null,
        hoursPerMonth: parsedHours,
        ...(free.trim() ? { freeHoursPerMonth: parsedFree } : {}),
      });
      onChanged(e.statusChanged(e.applicationStatuses.placement_proposal!));
    } catch (err) {
      const field = err instanceof ApiError ? PROPOSAL_FIELD_ERRORS[err.code] : undefined;
      if (field) setFieldErrors({ [field]: errorText(err) });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  const status = (k: keyof typeof fieldErrors) => ({ status: fieldErrors[k] ? ('error' as const) : ('default' as const), statusText: fieldErrors[k] ?? '' });

  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby="ecec-proposal-h" className="v-form v-mb" data-testid="ecec-proposal-form">
      <Heading variant="h3" id="ecec-proposal-h">
        {e.makeProposal}
      </Heading>
      <AsyncView state={units}>
        {() => (
          <Dropdown
            labelText={e.unit}
            name="unit"
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setGroupId(NO_GROUP);
            }}
            {...status('unit')}
          >
            {[
              ...details.preferredUnits.map((u) => (
                <DropdownItem key={u.id} value={u.id}>
                  {`${u.name} (${e.preferenceN(u.priority)})`}
                </DropdownItem>
              )),
              ...others.map((u) => (
                <DropdownItem key={u.id} value={u.id}>
                  {u.name}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
        )}
      </AsyncView>
      <Dropdown labelText={e.group} name="group" value={groupId} onChange={(v) => setGroupId(v)} {...status('group')}>
        {[
          <DropdownItem key={NO_GROUP} value={NO_GROUP}>
            {e.noGroup}
          </DropdownItem>,
          ...groups.map((g) => (
            <DropdownItem key={g.id} value={g.id}>
              {g.name}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <div className="v-form-row">
        <TextInput labelText={e.startDate} hintText="yyyy-mm-dd" name="startDate" value={start} onChange={(v) => setStart(String(v ?? ''))} {...status('start')} />
        <Checkbox checked={hasEnd} onClick={({ checkboxState }) => setHasEnd(checkboxState)}>
          {e.hasEndDate}
        </Checkbox>
        {hasEnd && <TextInput labelText={e.endDate} hintText="yyyy-mm-dd" name="endDate" value={end} onChange={(v) => setEnd(String(v ?? ''))} {...status('end')} />}
      </div>
      <div className="v-form-row">
        <TextInput labelText={e.serviceNeedHours} hintText={e.hoursHint} name="hoursPerMonth" inputMode="decimal" value={hours} onChange={(v) => setHours(String(v ?? ''))} {...status('hours')} />
        {(needsFree || a.type === 'preschool') && (
          <TextInput labelText={e.freeHours} hintText={e.hoursHint} name="freeHoursPerMonth" inputMode="decimal" value={free} onChange={(v) => setFree(String(v ?? ''))} {...status('free')} />
        )}
      </div>
      <ErrorAlert error={error} />
      <div className="v-actions">
        <Button type="submit" disabled={busy} data-testid="ecec-propose">
          {e.propose}
        </Button>
      </div>
    </form>
  );
}

function RejectForm({ applicationId, onChanged }: { applicationId: string; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const e = t.ecec;
  const { api } = useAuthenticated();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setError(null);
    if (!reason.trim()) return setReasonError(t.common.fieldRequired);
    setReasonError(null);
    try {
      await ececApi(api).changeStatus(applicationId, { status: 'rejected', reason });
      onChanged(e.statusChanged(e.applicationStatuses.rejected!));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'reason_required') setReasonError(errorText(err));
      else setError(err);
    }
  };
  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby="ecec-reject-h" className="v-form v-mb" data-testid="ecec-reject-form">
      <Heading variant="h3" id="ecec-reject-h">
        {e.reject}
      </Heading>
      <Textarea
        labelText={e.rejectionReason}
        hintText={e.rejectionHint}
        name="reason"
        value={reason}
        onChange={(ev) => setReason(ev.target.value)}
        status={reasonError ? 'error' : 'default'}
        statusText={reasonError ?? ''}
        fullWidth
      />
      <ErrorAlert error={error} />
      <div className="v-actions">
        <Button type="submit" variant="secondary">
          {e.rejectApplication}
        </Button>
      </div>
    </form>
  );
}

/**
 * Urgency because of work or studies (VakaL 17 §: two weeks): marked when the certificate
 * arrives. The API recalculates the due date from the later of sending and the attachment.
 */
function UrgencyForm({ details, onChanged }: { details: ApplicationDetails; onChanged: (message: string) => void }) {
  const { t } = useI18n();
  const e = t.ecec;
  const a = details.application;
  const { api } = useAuthenticated();
  const [urgent, setUrgent] = useState(a.urgent);
  const [attachment, setAttachment] = useState(a.attachmentReceivedDate ?? '');
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setError(null);
    if (attachment.trim() && !isIsoDate(attachment.trim())) return setDateError(t.common.invalidDate);
    setDateError(null);
    try {
      await ececApi(api).urgency(a.id, { urgent, attachmentReceivedDate: attachment.trim() || null });
      onChanged(e.urgencySaved);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby="ecec-urgency-h" className="v-form v-mb" data-testid="ecec-urgency-form">
      <Heading variant="h3" id="ecec-urgency-h">
        {e.urgency}
      </Heading>
      <Checkbox checked={urgent} onClick={({ checkboxState }) => setUrgent(checkboxState)} hintText={e.urgencyHint}>
        {e.urgentBecauseOfWork}
      </Checkbox>
      <TextInput
        labelText={e.attachmentReceived}
        hintText="yyyy-mm-dd"
        optionalText={e.optional}
        name="attachmentReceivedDate"
        value={attachment}
        onChange={(v) => setAttachment(String(v ?? ''))}
        status={dateError ? 'error' : 'default'}
        statusText={dateError ?? ''}
      />
      <ErrorAlert error={error} />
      <div className="v-actions">
        <Button type="submit" variant="secondary">
          {e.saveUrgency}
        </Button>
      </div>
    </form>
  );
}
