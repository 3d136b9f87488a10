// One SIP2 connection of a self-service machine (SC) to Varanto as the ACS. The machine logs in
// with its device account (93); after that it may ask the ACS status (99), check a patron's card
// and PIN (23, 63), lend (11), renew (29), take back (09), describe an item (17) and end the
// patron's session (35). Each message runs in its own transaction with its audit event.
//
// Rules beyond the protocol:
// - A patron's data (name, loans) is given only after the patron's PIN has been checked, in the
//   same message or earlier in this session; a checkout or renewal needs the same.
// - Wrong PINs count towards the municipal lock (self-service/devices.ts), as at the door.
// - A repeated request (same sequence number and checksum) is answered with the earlier answer
//   without running it again, so a retried checkout never lends twice (as FOLIO edge-sip2).
// - A message with a wrong checksum is answered "96" (request SC resend); "97" repeats the
//   last answer.
import type { Clock } from '../../../core/clock.ts';
import type { Db, Tx } from '../../../core/db/database.ts';
import { ApiError } from '../../../core/http/errors.ts';
import type { Lang } from '../../../core/i18n.ts';
import { activePatronByCard, checkin, checkout, loansOfPatron, renew, type ActivePatron } from '../circulation/circulation.ts';
import { holdsOfPatron } from '../circulation/holds.ts';
import { borrowingBan, unpaidFees } from '../circulation/loan-rules.ts';
import { requireParameters, type LibraryParameters } from '../circulation/parameters.ts';
import { auditDevice, authenticateDevice, checkPatronPin, type Device } from '../self-service/devices.ts';
import { buildMessage, field, mediaType, parseMessage, SIP_LANGUAGE_CODE, sipDate, sipDueDate, sipLanguage, SipParseError, yn, type SipMessage } from './sip2-message.ts';

/** Messages this ACS supports, in the order of the BX field of 98. */
const SUPPORTED = [
  ['23', true], // patron status
  ['11', true], // checkout
  ['09', true], // checkin
  ['01', false], // block patron
  ['99', true], // SC/ACS status
  ['97', true], // request resend
  ['93', true], // login
  ['63', true], // patron information
  ['35', true], // end patron session
  ['37', false], // fee paid
  ['17', true], // item information
  ['19', false], // item status update
  ['25', false], // patron enable
  ['15', false], // hold
  ['29', true], // renew
  ['65', false], // renew all
] as const;

const SC_RESEND = '96AZFEF6';

const TEXT = {
  invalidPatron: { fi: 'Korttia ei tunnisteta.', sv: 'Kortet känns inte igen.', en: 'The card is not recognised.' },
  wrongPin: { fi: 'Väärä PIN-koodi.', sv: 'Fel PIN-kod.', en: 'Wrong PIN.' },
  pinLocked: {
    fi: 'PIN-koodi on lukittu. Asioi palvelutiskillä.',
    sv: 'PIN-koden är låst. Kontakta kundtjänsten.',
    en: 'The PIN is locked. Please visit the service desk.',
  },
  pinNeeded: { fi: 'Anna PIN-koodi.', sv: 'Ange PIN-koden.', en: 'Please enter your PIN.' },
  checkedOut: (due: string) => ({ fi: `Lainattu. Eräpäivä ${due}.`, sv: `Utlånat. Förfallodag ${due}.`, en: `Checked out. Due ${due}.` }),
  renewed: (due: string) => ({ fi: `Uusittu. Eräpäivä ${due}.`, sv: `Förnyat. Förfallodag ${due}.`, en: `Renewed. Due ${due}.` }),
  returned: { fi: 'Palautettu. Kiitos!', sv: 'Återlämnat. Tack!', en: 'Returned. Thank you!' },
  toHoldShelf: { fi: 'Nide on varattu: vie se varaushyllyyn.', sv: 'Exemplaret är reserverat: ställ det på reservationshyllan.', en: 'The item is on hold: put it on the hold shelf.' },
  inTransit: { fi: 'Nide on varattu toiseen kirjastoon: jätä se henkilökunnalle.', sv: 'Exemplaret är reserverat till ett annat bibliotek: lämna det till personalen.', en: 'The item is on hold at another library: leave it with the staff.' },
  error: { fi: 'Toiminto ei onnistunut. Asioi palvelutiskillä.', sv: 'Åtgärden misslyckades. Kontakta kundtjänsten.', en: 'The transaction failed. Please visit the service desk.' },
};

const fmtDate = (iso: string, lang: Lang) => (lang === 'en' ? iso : `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`);

export interface Sip2SessionOptions {
  /** Called for problems worth a log line (never with a card number or PIN). */
  log?: (line: string) => void;
}

export class Sip2Session {
  private device: Device | null = null;
  private lastRequest: string | null = null;
  private lastResponse: string | null = null;
  /** The card whose PIN was checked in this session, until 35 or another card. */
  private verifiedCard: string | null = null;
  private lang: Lang = 'fi';

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly opts: Sip2SessionOptions = {},
  ) {}

  get loggedIn(): Device | null {
    return this.device;
  }

  /** Answers one message (without its CR); null when the message gets no answer. */
  async handle(raw: string): Promise<string | null> {
    const text = raw.replace(/[\r\n]+$/, '');
    if (text.startsWith('97')) return this.lastResponse;
    if (this.lastRequest !== null && text === this.lastRequest && /AY[0-9]AZ[0-9A-Fa-f]{4}$/.test(text)) return this.lastResponse;
    let msg: SipMessage;
    try {
      msg = parseMessage(text);
    } catch (e) {
      if (e instanceof SipParseError) {
        this.opts.log?.(`SIP2: ${e.message}`);
        return null;
      }
      throw e;
    }
    if (msg.checksumOk === false) return SC_RESEND;
    if (msg.command !== '93' && !this.device) {
      this.opts.log?.(`SIP2: message ${msg.command} before login`);
      return null;
    }
    const response = await this.dispatch(msg);
    if (response !== null) {
      this.lastRequest = text;
      this.lastResponse = response;
    }
    return response;
  }

  private async dispatch(m: SipMessage): Promise<string | null> {
    switch (m.command) {
      case '93':
        return this.login(m);
      case '99':
        return this.status(m);
      case '23':
        return this.patronStatus(m);
      case '63':
        return this.patronInformation(m);
      case '11':
        return this.checkout(m);
      case '29':
        return this.renew(m);
      case '09':
        return this.checkin(m);
      case '17':
        return this.itemInformation(m);
      case '35':
        this.verifiedCard = null;
        return buildMessage(`36Y${sipDate(this.clock.now())}`, [['AO', field(m, 'AO') ?? ''], ['AA', field(m, 'AA') ?? '']], m.sequence);
      default:
        return null;
    }
  }

  private tx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(fn);
  }

  private async login(m: SipMessage): Promise<string> {
    const login = field(m, 'CN') ?? '';
    const secret = field(m, 'CO') ?? '';
    this.device = login ? await authenticateDevice(this.db, login, secret, 'sip2', this.clock.today()) : null;
    if (!this.device) this.opts.log?.('SIP2: login refused');
    return buildMessage(`94${this.device ? '1' : '0'}`, [], m.sequence);
  }

  private status(m: SipMessage): string {
    const d = this.device!;
    const bx = SUPPORTED.map(([, ok]) => yn(ok)).join('');
    return buildMessage(`98YYYYNN030003${sipDate(this.clock.now())}2.00`, [['AO', d.unitId], ['AM', d.unitName], ['BX', bx], ['AN', d.name]], m.sequence);
  }

  private setLanguage(code: string) {
    this.lang = sipLanguage(code) ?? this.lang;
  }

  /**
   * The patron of the card and whether the PIN is right: "ok" when checked now or earlier in
   * this session, "missing" when not given and not checked before.
   */
  private async patronAndPin(tx: Tx, m: SipMessage, p: LibraryParameters): Promise<{ patron: ActivePatron | null; pin: 'ok' | 'wrong_pin' | 'pin_locked' | 'missing' }> {
    const card = (field(m, 'AA') ?? '').trim();
    const patron = card ? await activePatronByCard(tx, card, this.clock.today()) : null;
    if (!patron) return { patron: null, pin: 'missing' };
    const given = field(m, 'AD');
    if (given) {
      const check = await checkPatronPin(tx, patron.id, given, p.max_pin_failures);
      this.verifiedCard = check === 'ok' ? card : null;
      return { patron, pin: check };
    }
    return { patron, pin: this.verifiedCard === card ? 'ok' : 'missing' };
  }

  private pinMessage(pin: 'ok' | 'wrong_pin' | 'pin_locked' | 'missing'): string | null {
    return pin === 'wrong_pin' ? TEXT.wrongPin[this.lang] : pin === 'pin_locked' ? TEXT.pinLocked[this.lang] : null;
  }

  /** The 14 patron status flags: charge, renewal, recall, hold privileges denied … excessive fees. */
  private async statusFlags(tx: Tx, patron: ActivePatron, p: LibraryParameters): Promise<{ flags: string; fees: number }> {
    const today = this.clock.today();
    const ban = await borrowingBan(tx, patron.id, today, p);
    const loans = await loansOfPatron(tx, patron.id, today);
    const fees = await unpaidFees(tx, patron.id);
    const f = Array<string>(14).fill(' ');
    if (ban) f[0] = f[1] = f[3] = 'Y';
    if (loans.length >= p.max_loans) f[5] = 'Y';
    if (ban === 'unpaid_fees') f[10] = f[11] = 'Y';
    return { flags: f.join(''), fees };
  }

  private async personName(tx: Tx, patron: ActivePatron): Promise<string> {
    const pe = await tx.selectFrom('person').select(['first_names', 'calling_name', 'last_name']).where('id', '=', patron.person_id).executeTakeFirstOrThrow();
    return `${pe.calling_name ?? pe.first_names.split(' ')[0]} ${pe.last_name}`;
  }

  private async patronStatus(m: SipMessage): Promise<string> {
    this.setLanguage(m.fixed.slice(0, 3));
    return this.tx(async (tx) => {
      const p = await requireParameters(tx, this.clock.today());
      const { patron, pin } = await this.patronAndPin(tx, m, p);
      const head = (flags: string) => `24${flags}${SIP_LANGUAGE_CODE[this.lang]}${sipDate(this.clock.now())}`;
      const base: [string, string | null][] = [['AO', field(m, 'AO') ?? ''], ['AA', field(m, 'AA') ?? '']];
      if (!patron) return buildMessage(head('Y'.repeat(4) + ' '.repeat(10)), [...base, ['AE', ''], ['BL', 'N'], ['AF', TEXT.invalidPatron[this.lang]]], m.sequence);
      await auditDevice(tx, this.device!, { event: 'LibrarySelfServicePatronRead', datasetId: 'patrons', personIds: [patron.person_id], objectIds: [patron.id] });
      const verified = pin === 'ok';
      const { flags, fees } = await this.statusFlags(tx, patron, p);
      return buildMessage(
        head(flags),
        [
          ...base,
          ['AE', verified ? await this.personName(tx, patron) : ''],
          ['BL', 'Y'],
          ['CQ', field(m, 'AD') !== null ? yn(verified) : null],
          ['BH', verified ? 'EUR' : null],
          ['BV', verified ? fees.toFixed(2) : null],
          ['AF', this.pinMessage(pin)],
        ],
        m.sequence,
      );
    });
  }

  private async patronInformation(m: SipMessage): Promise<string> {
    this.setLanguage(m.fixed.slice(0, 3));
    const summary = m.fixed.slice(21, 31);
    const start = Math.max(1, Number(field(m, 'BP') ?? '1') || 1);
    const end = Math.max(start, Number(field(m, 'BQ') ?? '0') || start + 49);
    return this.tx(async (tx) => {
      const today = this.clock.today();
      const p = await requireParameters(tx, today);
      const { patron, pin } = await this.patronAndPin(tx, m, p);
      const count = (n: number) => String(Math.min(n, 9999)).padStart(4, '0');
      const head = (flags: string, counts: number[]) => `64${flags}${SIP_LANGUAGE_CODE[this.lang]}${sipDate(this.clock.now())}${counts.map(count).join('')}`;
      const base: [string, string | null][] = [['AO', field(m, 'AO') ?? ''], ['AA', field(m, 'AA') ?? '']];
      if (!patron) return buildMessage(head('Y'.repeat(4) + ' '.repeat(10), [0, 0, 0, 0, 0, 0]), [...base, ['AE', ''], ['BL', 'N'], ['AF', TEXT.invalidPatron[this.lang]]], m.sequence);
      await auditDevice(tx, this.device!, { event: 'LibrarySelfServicePatronRead', datasetId: 'patrons', personIds: [patron.person_id], objectIds: [patron.id] });
      const { flags, fees } = await this.statusFlags(tx, patron, p);
      const verified = pin === 'ok';
      if (!verified) {
        return buildMessage(head(flags, [0, 0, 0, 0, 0, 0]), [...base, ['AE', ''], ['BL', 'Y'], ['CQ', field(m, 'AD') !== null ? 'N' : null], ['AF', this.pinMessage(pin) ?? TEXT.pinNeeded[this.lang]]], m.sequence);
      }
      const loans = await loansOfPatron(tx, patron.id, today);
      const holds = await holdsOfPatron(tx, patron.id);
      const waiting = holds.filter((h) => h.status === 'waiting');
      const unavailable = holds.filter((h) => h.status !== 'waiting');
      const fine = await tx
        .selectFrom('library_fee')
        .select(['amount', 'kind'])
        .where('patron_id', '=', patron.id)
        .where('paid_on', 'is', null)
        .where('cancelled_on', 'is', null)
        .execute();
      const overdue = loans.filter((l) => l.overdue);
      const pick = <T>(wanted: boolean, list: T[]) => (wanted ? list.slice(start - 1, end) : []);
      const fields: [string, string | null][] = [
        ...base,
        ['AE', await this.personName(tx, patron)],
        ['BZ', count(p.max_holds)],
        ['CB', count(p.max_loans)],
        ['BL', 'Y'],
        ['CQ', field(m, 'AD') !== null ? 'Y' : null],
        ['BH', 'EUR'],
        ['BV', fees.toFixed(2)],
        ['CC', p.block_threshold.toFixed(2)],
        ...pick(summary[0] === 'Y', waiting).map((h): [string, string] => ['AS', h.itemBarcode ?? h.title]),
        ...pick(summary[1] === 'Y', overdue).map((l): [string, string] => ['AT', l.barcode]),
        ...pick(summary[2] === 'Y', loans).map((l): [string, string] => ['AU', l.barcode]),
        ...pick(summary[3] === 'Y', fine).map((f): [string, string] => ['AV', `${Number(f.amount).toFixed(2)} ${f.kind}`]),
        ...pick(summary[5] === 'Y', unavailable).map((h): [string, string] => ['CD', h.title]),
      ];
      await auditDevice(tx, this.device!, { event: 'LibrarySelfServiceLoanRead', datasetId: 'loans', personIds: [patron.person_id], objectIds: [patron.id] });
      return buildMessage(head(flags, [waiting.length, overdue.length, loans.length, fine.length, 0, unavailable.length]), fields, m.sequence);
    });
  }

  /**
   * The patron of a checkout or renewal with a checked PIN, in a transaction of its own: a wrong
   * PIN is counted even though the step itself is then refused.
   */
  private async verifiedPatron(m: SipMessage): Promise<{ ok: true; patron: ActivePatron } | { ok: false; message: string }> {
    const { patron, pin } = await this.tx(async (tx) => this.patronAndPin(tx, m, await requireParameters(tx, this.clock.today())));
    if (!patron) return { ok: false, message: TEXT.invalidPatron[this.lang] };
    if (pin !== 'ok') return { ok: false, message: (pin === 'missing' ? TEXT.pinNeeded : pin === 'wrong_pin' ? TEXT.wrongPin : TEXT.pinLocked)[this.lang] };
    return { ok: true, patron };
  }

  /** Runs a circulation step; a refusal becomes the screen message in the patron's language. */
  private async attempt<T>(fn: (tx: Tx) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
    try {
      return { ok: true, value: await this.tx(fn) };
    } catch (e) {
      if (e instanceof ApiError) return { ok: false, message: e.messages[this.lang] };
      throw e;
    }
  }

  private async checkout(m: SipMessage): Promise<string> {
    const renewalPolicy = m.fixed[0] === 'Y';
    const barcode = (field(m, 'AB') ?? '').trim();
    const head = (ok: boolean, renewed: boolean) => `12${ok ? '1' : '0'}${yn(renewed)}U${yn(ok)}${sipDate(this.clock.now())}`;
    const who = await this.verifiedPatron(m);
    const result = !who.ok ? who : await this.attempt(async (tx) => {
      const patron = who.patron;
      // With the SC's renewal policy, a checkout of an item the patron already has is a renewal.
      const own = await tx
        .selectFrom('library_loan as l')
        .innerJoin('library_item as i', 'i.id', 'l.item_id')
        .select('l.id')
        .where('i.barcode', '=', barcode)
        .where('l.patron_id', '=', patron.id)
        .where('l.returned_on', 'is', null)
        .executeTakeFirst();
      if (own && renewalPolicy) {
        const r = await renew(tx, this.clock, { patron, loanId: own.id });
        await auditDevice(tx, this.device!, { event: 'LibrarySelfServiceRenew', datasetId: 'loans', personIds: [patron.person_id], objectIds: [own.id] });
        return { loan: r.loan, renewed: true };
      }
      const c = await checkout(tx, this.clock, { patron, barcode, unitId: this.device!.unitId, deviceId: this.device!.id });
      await auditDevice(tx, this.device!, { event: 'LibrarySelfServiceCheckout', datasetId: 'loans', personIds: [patron.person_id], objectIds: [c.loan.id] });
      return { loan: c.loan, renewed: false };
    });
    const base: [string, string | null][] = [['AO', field(m, 'AO') ?? ''], ['AA', field(m, 'AA') ?? ''], ['AB', barcode]];
    if (!result.ok) return buildMessage(head(false, false), [...base, ['AJ', ''], ['AH', ''], ['AF', result.message]], m.sequence);
    const { loan, renewed } = result.value;
    const due = fmtDate(loan.dueOn, this.lang);
    return buildMessage(
      head(true, renewed),
      [...base, ['AJ', loan.title], ['AH', sipDueDate(loan.dueOn)], ['CK', mediaType(loan.itemType)], ['AF', (renewed ? TEXT.renewed(due) : TEXT.checkedOut(due))[this.lang]]],
      m.sequence,
    );
  }

  private async renew(m: SipMessage): Promise<string> {
    const barcode = (field(m, 'AB') ?? '').trim();
    const head = (ok: boolean) => `30${ok ? '1' : '0'}${yn(ok)}U${ok ? 'Y' : 'N'}${sipDate(this.clock.now())}`;
    const who = await this.verifiedPatron(m);
    const result = !who.ok ? who : await this.attempt(async (tx) => {
      const patron = who.patron;
      const own = await tx
        .selectFrom('library_loan as l')
        .innerJoin('library_item as i', 'i.id', 'l.item_id')
        .select('l.id')
        .where('i.barcode', '=', barcode)
        .where('l.patron_id', '=', patron.id)
        .where('l.returned_on', 'is', null)
        .executeTakeFirst();
      if (!own) throw new ApiError(400, 'not_on_loan', { fi: 'Nide ei ole lainassasi.', sv: 'Exemplaret är inte utlånat till dig.', en: 'The item is not on loan to you.' });
      const r = await renew(tx, this.clock, { patron, loanId: own.id });
      await auditDevice(tx, this.device!, { event: 'LibrarySelfServiceRenew', datasetId: 'loans', personIds: [patron.person_id], objectIds: [own.id] });
      return r.loan;
    });
    const base: [string, string | null][] = [['AO', field(m, 'AO') ?? ''], ['AA', field(m, 'AA') ?? ''], ['AB', barcode]];
    if (!result.ok) return buildMessage(head(false), [...base, ['AJ', ''], ['AH', ''], ['AF', result.message]], m.sequence);
    const loan = result.value;
    return buildMessage(head(true), [...base, ['AJ', loan.title], ['AH', sipDueDate(loan.dueOn)], ['AF', TEXT.renewed(fmtDate(loan.dueOn, this.lang))[this.lang]]], m.sequence);
  }

  private async checkin(m: SipMessage): Promise<string> {
    const barcode = (field(m, 'AB') ?? '').trim();
    const result = await this.attempt(async (tx) => {
      const c = await checkin(tx, this.clock, { barcode, unitId: this.device!.unitId });
      const home = await tx.selectFrom('library_item as i').innerJoin('organisation_unit as u', 'u.id', 'i.unit_id').select('u.name').where('i.id', '=', c.itemId).executeTakeFirstOrThrow();
      const persons = [...(c.loan ? [c.loan.personId] : []), ...(c.hold ? [c.hold.personId] : [])];
      await auditDevice(tx, this.device!, {
        event: 'LibrarySelfServiceCheckin',
        datasetId: 'loans',
        personIds: persons,
        objectIds: [...(c.loan ? [c.loan.id] : []), ...(c.hold ? [c.hold.holdId] : [])],
      });
      return { ...c, homeName: home.name };
    });
    const now = sipDate(this.clock.now());
    const base: [string, string | null][] = [['AO', field(m, 'AO') ?? ''], ['AB', barcode]];
    if (!result.ok) return buildMessage(`100YUN${now}`, [...base, ['AQ', ''], ['AJ', ''], ['AF', result.message]], m.sequence);
    const c = result.value;
    const alert = c.hold !== null;
    // CV (3M extension, as Koha and Evergreen): 01 hold for this library, 02 hold for another library.
    const cv = c.hold ? (c.hold.status === 'waiting' ? '01' : '02') : null;
    const message = c.hold ? (c.hold.status === 'waiting' ? TEXT.toHoldShelf : TEXT.inTransit)[this.lang] : TEXT.returned[this.lang];
    return buildMessage(`101YU${yn(alert)}${now}`, [...base, ['AQ', c.homeName], ['AJ', c.title], ['CT', c.hold && c.hold.status !== 'waiting' ? c.hold.pickupUnitName : null], ['CV', cv], ['AF', message]], m.sequence);
  }

  private async itemInformation(m: SipMessage): Promise<string> {
    const barcode = (field(m, 'AB') ?? '').trim();
    return this.tx(async (tx) => {
      const item = await tx
        .selectFrom('library_item as i')
        .innerJoin('library_biblio as b', 'b.id', 'i.biblio_id')
        .innerJoin('organisation_unit as u', 'u.id', 'i.unit_id')
        .leftJoin('library_loan as l', (j) => j.onRef('l.item_id', '=', 'i.id').on('l.returned_on', 'is', null))
        .leftJoin('library_hold as h', (j) => j.onRef('h.item_id', '=', 'i.id').on('h.status', 'in', ['in_transit', 'waiting']))
        .select(['i.id', 'i.biblio_id', 'i.item_type', 'i.withdrawn_on', 'b.title', 'u.name', 'l.due_on', 'h.status', 'h.pickup_by'])
        .where('i.barcode', '=', barcode)
        .executeTakeFirst();
      const now = sipDate(this.clock.now());
      if (!item) return buildMessage(`180101${'01'}${now}`, [['AB', barcode], ['AJ', ''], ['AF', { fi: 'Nidettä ei löydy.', sv: 'Exemplaret hittas inte.', en: 'Item not found.' }[this.lang]]], m.sequence);
      const queue = await tx
        .selectFrom('library_hold')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('biblio_id', '=', item.biblio_id)
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      // Circulation status: 01 other, 03 available, 04 charged, 08 on hold shelf, 10 in transit.
      const status = item.withdrawn_on ? '01' : item.due_on ? '04' : item.status === 'waiting' ? '08' : item.status === 'in_transit' ? '10' : '03';
      return buildMessage(
        `18${status}0201${now}`,
        [
          ['AB', barcode],
          ['AJ', item.title],
          ['CF', String(Number(queue.n))],
          ['AH', item.due_on ? sipDueDate(item.due_on) : null],
          ['CM', item.status === 'waiting' && item.pickup_by ? sipDueDate(item.pickup_by) : null],
          ['AQ', item.name],
          ['CK', mediaType(item.item_type)],
        ],
        m.sequence,
      );
    });
  }
}
