// The library section of a person card: the card and its bans, current loans (renewable), holds,
// unpaid fees, the self-service entry log, and card management; for a person who is not a patron,
// the registration of a library card.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert, Facts, Loading, useAsync, useErrorText } from '../../components/common.tsx';
import { formatDate, formatDateTime, useI18n } from '../../i18n/i18n.tsx';
import { useAuthenticated } from '../../session.tsx';
import { useLibraryTexts, type LibraryTexts } from './i18n.ts';
import { CARD_PATTERN, formatEuro, LIBRARY, librariesOf, libraryApi, PIN_PATTERN, type CatalogueResult, type Hold, type Loan, type LibraryApi, type PatronOverview } from './library-api.ts';

export function LibraryPersonSection({ personId }: { personId: string }) {
  const tl = useLibraryTexts();
  const { api, can } = useAuthenticated();
  const lib = useMemo(() => libraryApi(api.http), [api]);
  const [state, reload] = useAsync(() => lib.patron(personId), [lib, personId]);
  // While reloading after an action, keep the data on screen (and the action's message).
  const last = useRef<PatronOverview | null>(null);
  if (state.status === 'ok') last.current = state.data;
  const data = state.status === 'ok' ? state.data : state.status === 'loading' ? last.current : null;
  if (!data && state.status === 'loading') return <Loading />;
  if (!data && state.status === 'error') {
    // 404: not a patron, or not one of the user's library's patrons.
    if (state.error instanceof ApiError && state.error.status === 404) {
      return (
        <div data-testid="library-person-section">
          <Paragraph className="v-muted">{tl.notPatron}</Paragraph>
          {can(LIBRARY.patronCreate) && <RegisterPatron personId={personId} onDone={reload} />}
        </div>
      );
    }
    return <ErrorAlert error={state.error} />;
  }
  if (!data) return null;
  return <PatronView data={data} lib={lib} onChange={reload} />;
}

/** Runs an action and reports its outcome in a status line; errors in the user's language. */
function useAction(onDone: () => void) {
  const errorText = useErrorText();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async <T,>(fn: () => Promise<T>, okText: string | ((result: T) => string)) => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await fn();
      setMessage({ ok: true, text: typeof okText === 'function' ? okText(result) : okText });
      onDone();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return { message, busy, run };
}

function ActionMessage({ message, testId }: { message: { ok: boolean; text: string } | null; testId: string }) {
  return (
    <div role="status" className="v-mb" data-testid={testId}>
      {message &&
        (message.ok ? (
          message.text
        ) : (
          <InlineAlert status="error" role="alert">
            {message.text}
          </InlineAlert>
        ))}
    </div>
  );
}

function PatronView({ data, lib, onChange }: { data: PatronOverview; lib: LibraryApi; onChange: () => void }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  const { can } = useAuthenticated();
  const p = data.patron;
  const personId = data.person.id;
  const action = useAction(onChange);
  return (
    <div data-testid="library-person-section">
      {data.borrowingBan && (
        <InlineAlert status="warning" labelText={tl.banTitle} className="v-mb" data-testid="library-ban">
          {tl.bans[data.borrowingBan]}
        </InlineAlert>
      )}
      {p.pinLocked && (
        <InlineAlert status="warning" className="v-mb">
          {tl.pinLocked}
        </InlineAlert>
      )}
      <Facts
        items={[
          [tl.cardNumber, <span data-testid="library-card-number">{p.cardNumber}</span>],
          [tl.homeLibrary, p.homeUnitName],
          [tl.registeredOn, formatDate(p.registeredOn, lang)],
          [tl.selfService, p.selfServiceFrom ? tl.selfServiceFrom(formatDate(p.selfServiceFrom, lang)) : tl.noSelfService],
          ...(p.guardian && p.guardianConsentOn ? ([[tl.guardianConsent, tl.guardianConsentText(`${p.guardian.firstNames} ${p.guardian.lastName}`, formatDate(p.guardianConsentOn, lang))]] as [string, string][]) : []),
          [tl.unpaidTotal, formatEuro(data.unpaidTotal, lang)],
        ]}
      />
      <ActionMessage message={action.message} testId="library-action-message" />
      <LoansTable
        loans={data.loans}
        onRenew={can(LIBRARY.loanRenew) ? (l) => void action.run(() => lib.renew(personId, l.id), (r) => tl.renewed(r.loan.title, formatDate(r.loan.dueOn, lang))) : null}
        busy={action.busy}
      />
      <HoldsTable holds={data.holds} onCancel={can(LIBRARY.holdManage) ? (h) => void action.run(() => lib.cancelHold(personId, h.id), tl.holdCancelled) : null} busy={action.busy} />
      {can(LIBRARY.holdManage) && <HoldForm personId={personId} lib={lib} action={action} />}
      <FeesTable data={data} onFee={can(LIBRARY.feeManage) ? (id, what) => void action.run(() => lib.fee(personId, id, what), tl.feeUpdated) : null} busy={action.busy} />
      <Blocks data={data} lib={lib} action={action} canEdit={can(LIBRARY.patronUpdate)} />
      <DoorLog events={data.doorEvents} />
      {can(LIBRARY.patronUpdate) && <CardForm data={data} lib={lib} onDone={onChange} />}
    </div>
  );
}

function LoansTable({ loans, onRenew, busy }: { loans: Loan[]; onRenew: ((l: Loan) => void) | null; busy: boolean }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="library-loans-h" className="v-section">
      <Heading variant="h4" as="h4" id="library-loans-h">
        {tl.loans}
      </Heading>
      {loans.length === 0 ? (
        <Paragraph className="v-muted">{tl.noLoans}</Paragraph>
      ) : (
        <table className="v-table" data-testid="library-loans">
          <caption className="v-visually-hidden">{tl.loansCaption(loans.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{tl.title}</th>
              <th scope="col">{tl.barcode}</th>
              <th scope="col">{tl.loanedOn}</th>
              <th scope="col">{tl.dueOn}</th>
              <th scope="col" className="v-num">
                {tl.renewals}
              </th>
              {onRenew && (
                <th scope="col">
                  <span className="v-visually-hidden">{tl.renew}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {loans.map((l) => (
              <tr key={l.id} data-barcode={l.barcode}>
                <th scope="row">
                  {l.title}
                  {l.author ? <span className="v-muted"> / {l.author}</span> : null}
                </th>
                <td>{l.barcode}</td>
                <td>{formatDate(l.loanedOn, lang)}</td>
                <td>
                  {formatDate(l.dueOn, lang)} {l.overdue && <span className="v-tag v-tag-warning">{tl.overdue}</span>}
                </td>
                <td className="v-num">{l.renewals}</td>
                {onRenew && (
                  <td style={{ whiteSpace: 'nowrap' }}>
                    <Button variant="secondary" onClick={() => onRenew(l)} disabled={busy} aria-label={tl.renewLabel(l.title)}>
                      {tl.renew}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function holdStatusText(h: Hold, tl: LibraryTexts, lang: 'fi' | 'sv' | 'en'): string {
  if (h.status === 'pending') return tl.holdStatus.pending(h.queuePosition);
  if (h.status === 'in_transit') return tl.holdStatus.in_transit;
  if (h.status === 'waiting') return tl.holdStatus.waiting(formatDate(h.pickupBy, lang));
  return h.status;
}

function HoldsTable({ holds, onCancel, busy }: { holds: Hold[]; onCancel: ((h: Hold) => void) | null; busy: boolean }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="library-holds-h" className="v-section">
      <Heading variant="h4" as="h4" id="library-holds-h">
        {tl.holds}
      </Heading>
      {holds.length === 0 ? (
        <Paragraph className="v-muted">{tl.noHolds}</Paragraph>
      ) : (
        <table className="v-table" data-testid="library-holds">
          <caption className="v-visually-hidden">{tl.holds}</caption>
          <thead>
            <tr>
              <th scope="col">{tl.title}</th>
              <th scope="col">{tl.pickupLibrary}</th>
              <th scope="col">{tl.placedOn}</th>
              <th scope="col">{tl.status}</th>
              {onCancel && (
                <th scope="col">
                  <span className="v-visually-hidden">{tl.cancelHold}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {holds.map((h) => (
              <tr key={h.id}>
                <th scope="row">{h.title}</th>
                <td>{h.pickupUnitName}</td>
                <td>{formatDate(h.placedOn, lang)}</td>
                <td>{holdStatusText(h, tl, lang)}</td>
                {onCancel && (
                  <td style={{ whiteSpace: 'nowrap' }}>
                    <Button variant="secondary" onClick={() => onCancel(h)} disabled={busy} aria-label={tl.cancelHoldLabel(h.title)}>
                      {tl.cancelHold}
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Finds a title in the catalogue and places a hold on it for the patron at one of the user's libraries. */
function HoldForm({ personId, lib, action }: { personId: string; lib: LibraryApi; action: ReturnType<typeof useAction> }) {
  const tl = useLibraryTexts();
  const { me } = useAuthenticated();
  const libraries = librariesOf(me);
  const [pickup, setPickup] = useState(libraries[0]?.id ?? '');
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<CatalogueResult[] | null>(null);
  const errorText = useErrorText();
  if (libraries.length === 0) return null;
  const search = async (e: FormEvent) => {
    e.preventDefault();
    if (!input.trim()) return setError(tl.fieldRequired);
    setError(null);
    try {
      setResults((await lib.catalogue(input.trim(), 0, 5)).results);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section aria-labelledby="library-hold-form-h" className="v-section">
      <Heading variant="h4" as="h4" id="library-hold-form-h">
        {tl.placeHold}
      </Heading>
      <form className="v-inline-form" role="search" onSubmit={(e) => void search(e)} noValidate aria-labelledby="library-hold-form-h">
        <TextInput labelText={tl.searchLabel} name="hold-query" value={input} onChange={(v) => setInput(String(v ?? ''))} status={error ? 'error' : 'default'} statusText={error ?? ''} autoComplete="off" />
        {libraries.length > 1 && (
          <Dropdown labelText={tl.pickupLibrary} name="pickup-library" value={pickup} onChange={(v) => setPickup(v)}>
            {libraries.map((l) => (
              <DropdownItem key={l.id} value={l.id}>
                {l.name}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <Button type="submit" variant="secondary">
          {tl.search}
        </Button>
      </form>
      {results &&
        (results.length === 0 ? (
          <Paragraph className="v-muted">{tl.noResults}</Paragraph>
        ) : (
          <ul className="v-plain-list" data-testid="library-hold-results">
            {results.map((r) => (
              <li key={r.id}>
                {r.title}
                {r.author ? ` / ${r.author}` : ''}
                {r.publicationYear ? ` (${r.publicationYear})` : ''}{' '}
                <Button
                  variant="secondaryNoBorder"
                  disabled={action.busy}
                  aria-label={tl.placeHoldFor(r.title)}
                  onClick={() => void action.run(() => lib.placeHold(personId, { biblioId: r.id, pickupUnitId: pickup }), tl.holdPlaced).then(() => setResults(null))}
                >
                  {tl.placeHold}
                </Button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function FeesTable({ data, onFee, busy }: { data: PatronOverview; onFee: ((id: string, what: 'pay' | 'cancel') => void) | null; busy: boolean }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="library-fees-h" className="v-section">
      <Heading variant="h4" as="h4" id="library-fees-h">
        {tl.fees}
      </Heading>
      {data.fees.length === 0 ? (
        <Paragraph className="v-muted">{tl.noFees}</Paragraph>
      ) : (
        <table className="v-table" data-testid="library-fees">
          <caption className="v-visually-hidden">{tl.fees}</caption>
          <thead>
            <tr>
              <th scope="col">{tl.feeKind}</th>
              <th scope="col">{tl.title}</th>
              <th scope="col">{tl.chargedOn}</th>
              <th scope="col" className="v-num">
                {tl.amount}
              </th>
              {onFee && (
                <th scope="col">
                  <span className="v-visually-hidden">{tl.markPaid}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.fees.map((f) => {
              const kind = tl.feeKinds[f.kind] ?? f.kind;
              const amount = formatEuro(f.amount, lang);
              return (
                <tr key={f.id}>
                  <th scope="row">{kind}</th>
                  <td>{f.title ?? '–'}</td>
                  <td>{formatDate(f.chargedOn, lang)}</td>
                  <td className="v-num">{amount}</td>
                  {onFee && (
                    <td style={{ whiteSpace: 'nowrap' }}>
                      <Button variant="secondary" onClick={() => onFee(f.id, 'pay')} disabled={busy} aria-label={tl.markPaidLabel(kind, amount)}>
                        {tl.markPaid}
                      </Button>{' '}
                      <Button variant="secondaryNoBorder" onClick={() => onFee(f.id, 'cancel')} disabled={busy} aria-label={tl.cancelFeeLabel(kind, amount)}>
                        {tl.cancelFee}
                      </Button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Blocks({ data, lib, action, canEdit }: { data: PatronOverview; lib: LibraryApi; action: ReturnType<typeof useAction>; canEdit: boolean }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  const [reason, setReason] = useState('lost_card');
  const personId = data.person.id;
  return (
    <section aria-labelledby="library-blocks-h" className="v-section">
      <Heading variant="h4" as="h4" id="library-blocks-h">
        {tl.blocks}
      </Heading>
      {data.blocks.length === 0 ? (
        <Paragraph className="v-muted">{tl.noBlocks}</Paragraph>
      ) : (
        <ul className="v-plain-list" data-testid="library-blocks">
          {data.blocks.map((b) => (
            <li key={b.id}>
              {tl.blockReasons[b.reason] ?? b.reason} ({formatDate(b.from, lang)}–{formatDate(b.to, lang)}){' '}
              {canEdit && (
                <Button variant="secondaryNoBorder" disabled={action.busy} onClick={() => void action.run(() => lib.liftBlock(personId, b.id), tl.blockLifted)} aria-label={tl.liftBlockLabel(tl.blockReasons[b.reason] ?? b.reason)}>
                  {tl.liftBlock}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          className="v-inline-form"
          aria-label={tl.addBlock}
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() => lib.addBlock(personId, { reason: reason as 'other' }), tl.blockAdded);
          }}
        >
          <Dropdown labelText={tl.blockReason} name="block-reason" value={reason} onChange={(v) => setReason(v)}>
            {Object.entries(tl.blockReasons).map(([k, v]) => (
              <DropdownItem key={k} value={k}>
                {v}
              </DropdownItem>
            ))}
          </Dropdown>
          <Button type="submit" variant="secondary" disabled={action.busy}>
            {tl.addBlock}
          </Button>
        </form>
      )}
    </section>
  );
}

function DoorLog({ events }: { events: PatronOverview['doorEvents'] }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  return (
    <section aria-labelledby="library-door-h" className="v-section">
      <Heading variant="h4" as="h4" id="library-door-h">
        {tl.doorLog}
      </Heading>
      {events.length === 0 ? (
        <Paragraph className="v-muted">{tl.noDoorEvents}</Paragraph>
      ) : (
        <table className="v-table" data-testid="library-door-log">
          <caption className="v-visually-hidden">{tl.doorLog}</caption>
          <thead>
            <tr>
              <th scope="col">{tl.doorTime}</th>
              <th scope="col">{tl.library}</th>
              <th scope="col">{tl.doorOutcome}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((d) => (
              <tr key={d.id}>
                <td>{formatDateTime(d.occurredAt, lang)}</td>
                <td>{d.unitName}</td>
                <td>{tl.doorOutcomes[d.outcome] ?? d.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CardForm({ data, lib, onDone }: { data: PatronOverview; lib: LibraryApi; onDone: () => void }) {
  const tl = useLibraryTexts();
  const [card, setCard] = useState('');
  const [pin, setPin] = useState('');
  const [selfService, setSelfService] = useState(data.patron.selfServiceFrom !== null);
  const [errors, setErrors] = useState<{ card?: string; pin?: string }>({});
  const action = useAction(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (card && !CARD_PATTERN.test(card.trim())) next.card = tl.cardInvalid;
    if (pin && !PIN_PATTERN.test(pin)) next.pin = tl.pinInvalid;
    setErrors(next);
    if (next.card || next.pin) return;
    const body = {
      ...(card ? { cardNumber: card.trim() } : {}),
      ...(pin ? { pin } : {}),
      ...(selfService !== (data.patron.selfServiceFrom !== null) ? { selfService } : {}),
    };
    if (Object.keys(body).length === 0) {
      setErrors({ card: tl.nothingToSave });
      return;
    }
    void action.run(async () => {
      await lib.updateCard(data.person.id, body);
      setCard('');
      setPin('');
    }, tl.cardSaved);
  };
  return (
    <section aria-labelledby="library-card-h" className="v-section">
      <Heading variant="h4" as="h4" id="library-card-h">
        {tl.cardManagement}
      </Heading>
      <form className="v-inline-form" onSubmit={submit} noValidate aria-labelledby="library-card-h">
        <TextInput labelText={tl.newCardNumber} hintText={tl.cardHint} name="new-card" value={card} onChange={(v) => setCard(String(v ?? ''))} status={errors.card ? 'error' : 'default'} statusText={errors.card ?? ''} autoComplete="off" />
        <TextInput labelText={tl.newPin} hintText={tl.pinHint} name="new-pin" type="password" inputMode="numeric" value={pin} onChange={(v) => setPin(String(v ?? ''))} status={errors.pin ? 'error' : 'default'} statusText={errors.pin ?? ''} autoComplete="new-password" />
        <Checkbox checked={selfService} onClick={({ checkboxState }) => setSelfService(checkboxState)}>
          {tl.selfServiceAccess}
        </Checkbox>
        <Button type="submit" variant="secondary" disabled={action.busy}>
          {tl.saveCard}
        </Button>
      </form>
      <ActionMessage message={action.message} testId="library-card-message" />
    </section>
  );
}

function RegisterPatron({ personId, onDone }: { personId: string; onDone: () => void }) {
  const tl = useLibraryTexts();
  const { t } = useI18n();
  const { api, me } = useAuthenticated();
  const lib = useMemo(() => libraryApi(api.http), [api]);
  const libraries = librariesOf(me);
  const [open, setOpen] = useState(false);
  const [person] = useAsync(() => (open ? api.person(personId) : Promise.resolve(null)), [api, personId, open]);
  const [unitId, setUnitId] = useState(libraries[0]?.id ?? '');
  const [card, setCard] = useState('');
  const [pin, setPin] = useState('');
  const [guardian, setGuardian] = useState('');
  const [selfService, setSelfService] = useState(false);
  const [errors, setErrors] = useState<{ card?: string; pin?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (libraries.length === 0) return null;
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="library-register-open">
        {tl.register}
      </Button>
    );
  }
  const guardians = person.status === 'ok' && person.data ? person.data.person.relationships.filter((r) => r.kind === 'guardian') : [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!card.trim()) next.card = tl.fieldRequired;
    else if (!CARD_PATTERN.test(card.trim())) next.card = tl.cardInvalid;
    if (!pin) next.pin = tl.fieldRequired;
    else if (!PIN_PATTERN.test(pin)) next.pin = tl.pinInvalid;
    setErrors(next);
    if (next.card || next.pin) return;
    setBusy(true);
    setError(null);
    try {
      await lib.register({ personId, unitId, cardNumber: card.trim(), pin, guardianConsentPersonId: guardian || null, selfService });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="library-register-h" className="v-section" data-testid="library-register">
      <Heading variant="h4" as="h4" id="library-register-h">
        {tl.registerTitle}
      </Heading>
      <form className="v-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="library-register-h">
        {libraries.length > 1 && (
          <Dropdown labelText={tl.homeLibrary} name="home-library" value={unitId} onChange={(v) => setUnitId(v)}>
            {libraries.map((l) => (
              <DropdownItem key={l.id} value={l.id}>
                {l.name}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <TextInput labelText={tl.cardNumber} hintText={tl.cardHint} name="card-number" value={card} onChange={(v) => setCard(String(v ?? ''))} status={errors.card ? 'error' : 'default'} statusText={errors.card ?? ''} autoComplete="off" />
        <TextInput labelText={tl.pin} hintText={tl.pinHint} name="pin" type="password" inputMode="numeric" value={pin} onChange={(v) => setPin(String(v ?? ''))} status={errors.pin ? 'error' : 'default'} statusText={errors.pin ?? ''} autoComplete="new-password" />
        {guardians.length > 0 && (
          <Dropdown labelText={tl.guardian} name="guardian" value={guardian} onChange={(v) => setGuardian(v)}>
            <DropdownItem value="">{tl.noGuardian}</DropdownItem>
            {guardians.map((g) => (
              <DropdownItem key={g.person.id} value={g.person.id}>
                {g.person.firstNames} {g.person.lastName}
              </DropdownItem>
            ))}
          </Dropdown>
        )}
        <Checkbox checked={selfService} onClick={({ checkboxState }) => setSelfService(checkboxState)}>
          {tl.selfServiceAccess}
        </Checkbox>
        <div className="v-actions">
          <Button type="submit" disabled={busy}>
            {tl.register}
          </Button>
          <Button variant="secondaryNoBorder" type="button" onClick={() => setOpen(false)}>
            {t.common.cancel}
          </Button>
        </div>
      </form>
      <ErrorAlert error={error} />
    </section>
  );
}
