import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/errors.ts';
import { assertCorrectable, clientRelationshipItems, contactOfItems, entryItem, nextPlanVersion, withCorrections } from './client-records.ts';

describe('client relationships as information-request items', () => {
  const clients = [
    { id: 'c1', unit_id: 'u1', start_date: '2025-01-01', end_date: null, area: 'adult' },
    { id: 'c2', unit_id: 'u2', start_date: '2024-01-01', end_date: '2024-06-30', area: 'family' },
  ];
  const contacts = [
    { client_id: 'c1', person_id: 'p-daughter', name: null, phone: '040', relation: 'child' },
    { client_id: 'c1', person_id: null, name: 'Naapuri', phone: null, relation: 'other' },
    { client_id: 'c2', person_id: 'p-spouse', name: null, phone: null, relation: 'spouse' },
  ];

  it('gives each relationship its own contacts and lists registered contacts as other persons', () => {
    const items = clientRelationshipItems('contacts', clients, contacts, (c) => ({ serviceArea: c.area }));
    expect(items.map((i) => [i.id, i.otherPersonIds])).toEqual([
      ['c1', ['p-daughter']],
      ['c2', ['p-spouse']],
    ]);
    expect(items[0]!.data).toEqual({
      unitId: 'u1',
      serviceArea: 'adult',
      startDate: '2025-01-01',
      endDate: null,
      contacts: [
        { personId: 'p-daughter', name: null, phone: '040', relation: 'child' },
        { personId: null, name: 'Naapuri', phone: null, relation: 'other' },
      ],
    });
    expect(items.every((i) => i.role === 'subject' && i.datasetId === 'contacts')).toBe(true);
  });

  it("shows a contact person only their own details and names the client as the other person", () => {
    const [item] = contactOfItems('contacts', [{ id: 'x1', relation: 'child', phone: '040', client_person_id: 'p-mother', start_date: '2025-01-01' }]);
    expect(item).toMatchObject({ role: 'reference', data: { relation: 'child', phone: '040' }, otherPersonIds: ['p-mother'] });
    expect(JSON.stringify(item!.data)).not.toContain('p-mother');
  });
});

describe('append-only entries', () => {
  it('keeps every entry and marks the corrected ones with the id of their correction, along a chain', () => {
    const out = withCorrections([
      { id: 'a', corrects_id: null },
      { id: 'b', corrects_id: 'a' },
      { id: 'c', corrects_id: 'b' },
      { id: 'd', corrects_id: null },
    ]);
    expect(out.map((e) => [e.id, e.correctedById])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['c', null],
      ['d', null],
    ]);
  });

  it('lets only an uncorrected entry of the same person be corrected', () => {
    expect(() => assertCorrectable({ person_id: 'p1', corrected: false }, 'p1')).not.toThrow();
    const status = (f: () => void) => {
      try {
        f();
        return null;
      } catch (e) {
        return e instanceof ApiError ? [e.status, e.code, Object.keys(e.messages).sort()] : e;
      }
    };
    expect(status(() => assertCorrectable(undefined, 'p1'))).toEqual([404, 'not_found', ['en', 'fi', 'sv']]);
    expect(status(() => assertCorrectable({ person_id: 'p2', corrected: false }, 'p1'))).toEqual([404, 'not_found', ['en', 'fi', 'sv']]);
    expect(status(() => assertCorrectable({ person_id: 'p1', corrected: true }, 'p1'))).toEqual([409, 'already_corrected', ['en', 'fi', 'sv']]);
  });

  it('says in an information-request item what a correction corrects and whether the entry is current', () => {
    const at = new Date('2025-10-15T06:00:00Z');
    const original = entryItem('records', { id: 'a', corrects_id: null, recorded_at: at }, (d) => ({ fi: d, sv: d, en: d }), { text: 'x' }, 'b');
    const fix = entryItem('records', { id: 'b', corrects_id: 'a', recorded_at: at, correction_reason: 'Väärä asiakas' }, (d) => ({ fi: d, sv: d, en: d }), { text: 'y' }, null);
    expect(original.data).toEqual({ recordedAt: at.toISOString(), text: 'x', correctedById: 'b' });
    expect(fix).toMatchObject({ date: '2025-10-15', data: { text: 'y', correctsId: 'a', correctionReason: 'Väärä asiakas', correctedById: null } });
  });
});

describe('the next version of a versioned plan', () => {
  it('numbers from one and follows the last version', () => {
    expect(nextPlanVersion(undefined, '2025-01-01')).toBe(1);
    expect(nextPlanVersion({ version: 3, valid_from: '2025-03-01' }, '2025-03-01')).toBe(4);
    expect(nextPlanVersion({ version: 3, valid_from: '2025-03-01' }, '2025-09-01')).toBe(4);
  });
  it('refuses a version that would start before the last one, in three languages', () => {
    let err: unknown = null;
    try {
      nextPlanVersion({ version: 2, valid_from: '2025-03-01' }, '2025-02-28');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('plan_before_previous');
    expect((err as ApiError).status).toBe(400);
    expect(Object.keys((err as ApiError).messages).sort()).toEqual(['en', 'fi', 'sv']);
  });
});
