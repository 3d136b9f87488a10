// The circulation desk (lainaustiski): find the patron by the card presented, lend and renew,
// and take items back by barcode. The card number travels in request bodies only, never in
// the address bar.
import { useMemo, useState, type FormEvent } from 'react';
import { Button, Dropdown, DropdownItem, Heading, InlineAlert, Paragraph, TextInput } from 'suomifi-ui-components';
import { Facts, Page, useErrorText } from '../../components/common.tsx';
import { formatDate, useI18n } from '../../i18n/i18n.tsx';
import { AppLink } from '../../router.tsx';
import { useAuthenticated } from '../../session.tsx';
import { useLibraryTexts } from './i18n.ts';
import { CARD_PATTERN, formatEuro, librariesOf, libraryApi, type CheckinResult, type LibraryApi, type Loan, type PatronOverview } from './library-api.ts';

type Message = { ok: boolean; text: string } | null;

function Status({ message, testId }: { message: Message; testId: string }) {
  return (
    <div role="status" data-testid={testId} className="v-mb">
      {message?.ok && message.text}
    </div>
  );
}

/** Picks the library whose desk this is (the first of the user's libraries). */
export function LibraryPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const tl = useLibraryTexts();
  const { me } = useAuthenticated();
  const libraries = librariesOf(me);
  if (libraries.length < 2) return null;
  return (
    <div className="v-inline-form">
      <Dropdown labelText={tl.library} name="library" value={value} onChange={onChange} data-testid="library-unit">
        {libraries.map((l) => (
          <DropdownItem key={l.id} value={l.id}>
            {l.name}
          </DropdownItem>
        ))}
      </Dropdown>
    </div>
  );
}

export function DeskPage() {
  const tl = useLibraryTexts();
  const { me, api } = useAuthenticated();
  const libraries = librariesOf(me);
  const [unitId, setUnitId] = useState(libraries[0]?.id ?? '');
  const lib = useMemo(() => libraryApi(api.http), [api]);
  return (
    <Page title={tl.deskTitle}>
      {libraries.length === 0 ? (
        <Paragraph>{tl.noLibrary}</Paragraph>
      ) : (
        <>
          <LibraryPicker value={unitId} onChange={setUnitId} />
          <div className="v-grid">
            <PatronDesk key={unitId} unitId={unitId} lib={lib} />
            <CheckinDesk unitId={unitId} lib={lib} />
          </div>
        </>
      )}
    </Page>
  );
}

function PatronDesk({ unitId, lib }: { unitId: string; lib: LibraryApi }) {
  const tl = useLibraryTexts();
  const errorText = useErrorText();
  const [input, setInput] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [card, setCard] = useState<string | null>(null);
  const [patron, setPatron] = useState<PatronOverview | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (cardNumber: string) => {
    const overview = await lib.lookup(unitId, cardNumber);
    setPatron(overview);
    setCard(cardNumber);
  };
  const find = async (e: FormEvent) => {
    e.preventDefault();
    const value = input.trim();
    if (!value) return setInputError(tl.fieldRequired);
    if (!CARD_PATTERN.test(value)) return setInputError(tl.cardInvalid);
    setInputError(null);
    setBusy(true);
    try {
      await load(value);
    } catch (err) {
      setPatron(null);
      setCard(null);
      setInputError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const clear = () => {
    setPatron(null);
    setCard(null);
    setInput('');
  };
  return (
    <section aria-labelledby="desk-patron-h" className="v-section v-card" data-testid="desk-patron">
      <Heading variant="h2" id="desk-patron-h">
        {tl.patronSection}
      </Heading>
      <form className="v-inline-form" onSubmit={(e) => void find(e)} noValidate aria-labelledby="desk-patron-h">
        <TextInput
          labelText={tl.cardNumber}
          hintText={tl.cardHint}
          name="card-number"
          value={input}
          onChange={(v) => setInput(String(v ?? ''))}
          status={inputError ? 'error' : 'default'}
          statusText={inputError ?? ''}
          autoComplete="off"
        />
        <Button type="submit" disabled={busy} data-testid="desk-find">
          {tl.findPatron}
        </Button>
        {patron && (
          <Button type="button" variant="secondaryNoBorder" onClick={clear}>
            {tl.clearPatron}
          </Button>
        )}
      </form>
      {patron && card && <PatronAtDesk unitId={unitId} card={card} patron={patron} lib={lib} reload={() => load(card)} />}
    </section>
  );
}

function PatronAtDesk({ unitId, card, patron, lib, reload }: { unitId: string; card: string; patron: PatronOverview; lib: LibraryApi; reload: () => Promise<void> }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [barcode, setBarcode] = useState('');
  const [barcodeError, setBarcodeError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const p = patron.person;

  const lend = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const code = barcode.trim();
    if (!code) return setBarcodeError(tl.fieldRequired);
    setBarcodeError(null);
    setBusy(true);
    try {
      const r = await lib.deskCheckout(unitId, card, code);
      setBarcode('');
      setMessage({ ok: true, text: `${tl.checkedOut(r.loan.title, formatDate(r.loan.dueOn, lang))}${r.fulfilledHoldId ? ` ${tl.holdFulfilled}` : ''}` });
      await reload();
    } catch (err) {
      setBarcodeError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const renew = async (l: Loan) => {
    setMessage(null);
    setBusy(true);
    try {
      const r = await lib.deskRenew(unitId, card, l.id);
      setMessage({ ok: true, text: `${tl.renewed(r.loan.title, formatDate(r.loan.dueOn, lang))}${r.lateFee > 0 ? ` ${tl.lateFeeCharged(formatEuro(r.lateFee, lang))}` : ''}` });
      await reload();
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="desk-patron-found">
      <Heading variant="h3" data-testid="desk-patron-name">
        {p.firstNames} {p.lastName}
      </Heading>
      <Facts
        items={[
          [tl.born, formatDate(p.birthDate, lang)],
          [tl.cardNumber, patron.patron.cardNumber],
          [tl.homeLibrary, patron.patron.homeUnitName],
          [tl.unpaidTotal, formatEuro(patron.unpaidTotal, lang)],
        ]}
      />
      <p>
        <AppLink href={`/persons/${p.id}`} data-testid="desk-open-card">
          {tl.openCard}
        </AppLink>
      </p>
      {patron.borrowingBan && (
        <InlineAlert status="warning" labelText={tl.banTitle} className="v-mb" data-testid="desk-ban">
          {tl.bans[patron.borrowingBan]}
        </InlineAlert>
      )}
      <Heading variant="h4" as="h3" id="desk-checkout-h">
        {tl.checkoutSection}
      </Heading>
      <form className="v-inline-form" onSubmit={(e) => void lend(e)} noValidate aria-labelledby="desk-checkout-h">
        <TextInput
          labelText={tl.barcode}
          hintText={tl.barcodeHint}
          name="checkout-barcode"
          value={barcode}
          onChange={(v) => setBarcode(String(v ?? ''))}
          status={barcodeError ? 'error' : 'default'}
          statusText={barcodeError ?? ''}
          autoComplete="off"
        />
        <Button type="submit" disabled={busy} data-testid="desk-checkout">
          {tl.checkout}
        </Button>
      </form>
      {message && !message.ok && (
        <InlineAlert status="error" role="alert" className="v-mb">
          {message.text}
        </InlineAlert>
      )}
      <Status message={message} testId="desk-checkout-message" />
      <Heading variant="h4" as="h3">
        {tl.loans}
      </Heading>
      {patron.loans.length === 0 ? (
        <Paragraph className="v-muted">{tl.noLoans}</Paragraph>
      ) : (
        <table className="v-table" data-testid="desk-loans">
          <caption className="v-visually-hidden">{tl.loansCaption(patron.loans.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{tl.title}</th>
              <th scope="col">{tl.barcode}</th>
              <th scope="col">{tl.dueOn}</th>
              <th scope="col">
                <span className="v-visually-hidden">{tl.renew}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {patron.loans.map((l) => (
              <tr key={l.id} data-barcode={l.barcode}>
                <th scope="row">{l.title}</th>
                <td>{l.barcode}</td>
                <td>
                  {formatDate(l.dueOn, lang)} {l.overdue && <span className="v-tag v-tag-warning">{tl.overdue}</span>}
                </td>
                <td style={{ whiteSpace: 'nowrap' }}>
                  <Button variant="secondary" disabled={busy} onClick={() => void renew(l)} aria-label={tl.renewLabel(l.title)}>
                    {tl.renew}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function CheckinDesk({ unitId, lib }: { unitId: string; lib: LibraryApi }) {
  const tl = useLibraryTexts();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [barcode, setBarcode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CheckinResult | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    const code = barcode.trim();
    if (!code) return setError(tl.fieldRequired);
    setError(null);
    setBusy(true);
    try {
      setResult(await lib.checkin(unitId, code));
      setBarcode('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const text = result
    ? [
        tl.returned(result.title),
        result.loan && result.loan.lateFee > 0 ? tl.lateFeeCharged(formatEuro(result.loan.lateFee, lang)) : '',
        result.hold ? (result.hold.status === 'waiting' ? tl.holdWaiting(result.hold.cardNumber, formatDate(result.hold.pickupBy, lang)) : tl.holdTransit(result.hold.pickupUnitName)) : '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  return (
    <section aria-labelledby="desk-checkin-h" className="v-section v-card" data-testid="desk-checkin">
      <Heading variant="h2" id="desk-checkin-h">
        {tl.checkinSection}
      </Heading>
      <form className="v-inline-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="desk-checkin-h">
        <TextInput
          labelText={tl.barcode}
          hintText={tl.barcodeHint}
          name="checkin-barcode"
          value={barcode}
          onChange={(v) => setBarcode(String(v ?? ''))}
          status={error ? 'error' : 'default'}
          statusText={error ?? ''}
          autoComplete="off"
        />
        <Button type="submit" disabled={busy} data-testid="desk-checkin-submit">
          {tl.checkin}
        </Button>
      </form>
      <div role="status" data-testid="desk-checkin-message">
        {result && (result.hold ? <InlineAlert status="warning">{text}</InlineAlert> : text)}
      </div>
    </section>
  );
}
