// SIP2 (3M Standard Interchange Protocol 2.00) messages: a 2-digit command, fixed-length
// fields, then variable fields "XXvalue|" (a 2-character id). With error detection the sender
// appends "AY" + one sequence digit and "AZ" + a checksum, and ends the message with CR.
//
// Checksum: the byte values (UTF-8) from the first character up to and including "AZ" are
// summed; the checksum is the low 16 bits of the negated sum, as 4 upper-case hex digits.
// Verification: sum + checksum ≡ 0 (mod 0x10000). E.g. "990 402.00AY1AZ" → FCB4.

/** Lengths of the fixed fields after the command, per message. */
export const FIXED_LENGTH: Record<string, number> = {
  '93': 2, // UID algorithm, PWD algorithm
  '99': 8, // status code, max print width (3), protocol version (4)
  '23': 21, // language (3), transaction date (18)
  '63': 31, // language (3), transaction date (18), summary (10)
  '11': 38, // SC renewal policy, no block, transaction date, nb due date
  '09': 37, // no block, transaction date, return date
  '17': 18, // transaction date
  '35': 18, // transaction date
  '29': 38, // third party allowed, no block, transaction date, nb due date
  '97': 0,
  // Responses, so that a client (and the tests) can read them.
  '94': 1, // ok
  '98': 34, // on-line, checkin/checkout ok, renewal policy, status update, offline, timeout, retries, date, version
  '24': 35, // patron status (14), language, transaction date
  '64': 59, // patron status, language, date, six item counts (4 each)
  '12': 22, // ok, renewal ok, magnetic media, desensitize, date
  '10': 22, // ok, resensitize, magnetic media, alert, date
  '18': 24, // circulation status, security marker, fee type, date
  '30': 22, // ok, renewal ok, magnetic media, desensitize, date
  '36': 19, // end session, date
  '96': 0,
};

export interface SipMessage {
  command: string;
  fixed: string;
  fields: Map<string, string[]>;
  /** The AY sequence digit; null without error detection. */
  sequence: number | null;
  /** Whether the AZ checksum matched; null when the message had none. */
  checksumOk: boolean | null;
}

const encoder = new TextEncoder();

/** The checksum of a message text up to and including "AZ". */
export function checksum(text: string): string {
  let sum = 0;
  for (const b of encoder.encode(text)) sum += b;
  return ((-sum) & 0xffff).toString(16).toUpperCase().padStart(4, '0');
}

export class SipParseError extends Error {}

/** Parses one message without its CR. */
export function parseMessage(raw: string): SipMessage {
  let text = raw.replace(/[\r\n]+$/, '');
  let sequence: number | null = null;
  let checksumOk: boolean | null = null;
  const tail = /AY([0-9])AZ([0-9A-Fa-f]{4})$/.exec(text) ?? /AZ([0-9A-Fa-f]{4})$/.exec(text);
  if (tail) {
    const withAy = tail.length === 3;
    const sum = withAy ? tail[2]! : tail[1]!;
    const upTo = text.length - 4;
    checksumOk = checksum(text.slice(0, upTo)) === sum.toUpperCase();
    if (withAy) sequence = Number(tail[1]);
    text = text.slice(0, tail.index);
  }
  const command = text.slice(0, 2);
  if (!/^[0-9]{2}$/.test(command)) throw new SipParseError(`not a SIP2 command: "${command}"`);
  const fixedLength = FIXED_LENGTH[command];
  if (fixedLength === undefined) throw new SipParseError(`unsupported command ${command}`);
  if (text.length < 2 + fixedLength) throw new SipParseError(`message ${command} is shorter than its fixed fields`);
  const fixed = text.slice(2, 2 + fixedLength);
  const fields = new Map<string, string[]>();
  for (const part of text.slice(2 + fixedLength).split('|')) {
    if (part.length < 2) continue;
    const id = part.slice(0, 2);
    fields.set(id, [...(fields.get(id) ?? []), part.slice(2)]);
  }
  return { command, fixed, fields, sequence, checksumOk };
}

export const field = (m: SipMessage, id: string): string | null => m.fields.get(id)?.[0] ?? null;

/** Builds a response: fixed part, then fields; with a sequence number, AY/AZ are appended. */
export function buildMessage(head: string, fields: [string, string | number | null | undefined][], sequence: number | null): string {
  let text = head;
  for (const [id, value] of fields) {
    if (value === null || value === undefined) continue;
    // "|" and CR would break the framing; they never belong in a value.
    text += id + String(value).replace(/[|\r\n]/g, ' ') + '|';
  }
  if (sequence === null) return text;
  text += `AY${sequence}AZ`;
  return text + checksum(text);
}

/** "YYYYMMDDZZZZHHMMSS" in Finnish local time, the zone as 4 blanks (local time of the ACS). */
export function sipDate(d: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}${parts.month}${parts.day}    ${parts.hour}${parts.minute}${parts.second}`;
}

/** A due date (a day) in SIP2 date format, due at the end of the day. */
export const sipDueDate = (isoDate: string) => `${isoDate.replace(/-/g, '')}    235959`;

/** A Y/N flag. */
export const yn = (b: boolean) => (b ? 'Y' : 'N');

/** SIP2 language codes (3M SIP2 appendix): 001 English, 006 Swedish, 007 Finnish. */
export function sipLanguage(code: string): 'fi' | 'sv' | 'en' | null {
  return code === '007' ? 'fi' : code === '006' ? 'sv' : code === '001' ? 'en' : null;
}
export const SIP_LANGUAGE_CODE = { fi: '007', sv: '006', en: '001' } as const;

/** SIP2 media types: 001 book, 002 magazine, 006 CD/CD-ROM, 000 other. */
export function mediaType(itemType: string): string {
  return itemType === 'book' || itemType === 'quick_loan' ? '001' : itemType === 'magazine' ? '002' : itemType === 'music' || itemType === 'audiobook' ? '006' : '000';
}
