import { describe, expect, it } from 'vitest';
import { buildMessage, checksum, field, parseMessage, sipDate, SipParseError } from './sip2-message.ts';

// Request vectors with their checksums from petkivim/jsip2 (MIT) and folio-org/edge-sip2
// (Apache-2.0) tests, and the worked example of the 3M SIP2 developers' guide (p. 26).
const VALID = [
  '9300CNuser|COpasswd|CPlocation|AY0AZF2FB',
  '9300CNuser|COpasswd|CPcirculationLocation|AY1AZEE7D',
  '9300CNuser_id|COpassw0rd|AY1AZF594',
  '9900002.00|AY0AZFC2D',
  '9920102.00|AY1AZFC29',
  '990 402.00AY1AZFCB4',
  '2300020210814    083455AO|AApatronIdentifier|AC|AD|AY2AZEFB7',
  '6300020210814    083455          AOinstitutionId|AApatronIdentifier|ACterminalPassword|ADpatronPassword|BP2|BQ5|AY0AZD9E4',
  '11YN20210814    08345520210814    083455AOinstitutionId|AApatronId|ABitemId|AC|ADpatronPassword|BON|BIN|AY3AZDE44',
  '09N20210814    08345520210815    082755APlocation|AOinstitutionId|ABitemId|AC|BIN|AY3AZE6AF',
  '1720000227    161243AOinstitutionId|ABitemId|AY0AZF117',
  '3520130514    132223AOinstitutionId|AApatronId|AY1AZF033',
  '97AZFEF5',
];

describe('SIP2 messages', () => {
  it('verifies the checksums of published request vectors', () => {
    for (const m of VALID) expect(parseMessage(m).checksumOk, m).toBe(true);
  });

  it('rejects a wrong checksum but still reads the sequence number (FOLIO ParserTests)', () => {
    const m = parseMessage('9300CNuser_id|COpassw0rd|AY1AZF595');
    expect(m).toMatchObject({ checksumOk: false, sequence: 1 });
    expect(parseMessage('9900401.00AY1AZAAAA').checksumOk).toBe(false);
  });

  it('computes the checksums of the 3M guide and of the resend messages', () => {
    expect(checksum('990 402.00AY1AZ')).toBe('FCB4');
    expect(checksum('97AZ')).toBe('FEF5');
    expect(checksum('96AZ')).toBe('FEF6');
    expect(checksum('941AY0AZ')).toBe('FDFD');
  });

  it('splits fixed and variable fields, tolerating a "|" after the fixed fields of 99', () => {
    const co = parseMessage('11YN20060329    203000                  AOBR1|AA999999|AB1565921879|AC|');
    expect(co).toMatchObject({ command: '11', fixed: 'YN20060329    203000                  ', sequence: null, checksumOk: null });
    expect([field(co, 'AA'), field(co, 'AB'), field(co, 'AC'), field(co, 'AD')]).toEqual(['999999', '1565921879', '', null]);
    const st = parseMessage('9900002.00|');
    expect(st.fixed).toBe('00002.00');
    const pi = parseMessage('6300020060329    201700Y         AOUWOLS|AAdjfiander|');
    expect(pi.fixed.slice(21, 31)).toBe('Y         ');
  });

  it('refuses what is not a supported SIP2 request', () => {
    expect(() => parseMessage('HELLO')).toThrow(SipParseError);
    expect(() => parseMessage('0100020060101    084235AOx|')).toThrow(/unsupported/); // block patron
    expect(() => parseMessage('2300')).toThrow(/shorter/);
  });

  it('builds responses whose checksum verifies, with the request’s sequence number', () => {
    const r = buildMessage('941', [], 0);
    expect(r).toBe('941AY0AZFDFD');
    const msg = buildMessage('24              007' + sipDate(new Date('2025-10-15T09:00:00+03:00')), [['AO', 'x'], ['AE', 'Anna|Liisa Ääninen']], 7);
    expect(msg).toContain('AEAnna Liisa Ääninen|');
    expect(msg).toContain('20251015    090000');
    const sum = [...new TextEncoder().encode(msg.slice(0, -4))].reduce((s, b) => s + b, 0) + parseInt(msg.slice(-4), 16);
    expect(sum % 0x10000).toBe(0);
  });
});
