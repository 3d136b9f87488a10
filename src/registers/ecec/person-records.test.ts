// What an information request (Tietosuoja-asetus 15 art.) gets from the ECEC register.
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { fixedClock } from '../../core/clock.ts';
import type { PersonId } from '../../core/ids.ts';
import { generateAllFeeDecisions } from './fees/fee-decision-bulk.ts';
import { ececRegister } from './index.ts';
import { insertEcecUnit, insertFamily } from './test-support.ts';

describeDb('ECEC records of a person', (ctx) => {
  it("gives a child its voucher value decision, care days and vasu, and a guardian the family's decisions and own income", async () => {
    const db = ctx.db;
    const provider = await db.insertInto('ecec_provider').values({ kind: 'private', name: 'Tietopyyntö Oy', voucher_eligible: true }).returning('id').executeTakeFirstOrThrow();
    const municipal = await insertEcecUnit(db);
    const voucherUnit = await insertEcecUnit(db, { name: 'Setelipäiväkoti', providerType: 'private_voucher', providerId: provider.id });
    const fam = await insertFamily(db, ['2021-05-02', '2023-02-01']);
    const [older, younger] = fam.children as [PersonId, PersonId];
    const [mother, father] = fam.guardians as [PersonId, PersonId];
    await db.insertInto('ecec_income').values({ person_id: mother, valid_from: '2025-01-01', gross_income: 3200 }).execute();
    await db.insertInto('ecec_income').values({ person_id: father, valid_from: '2025-01-01', gross_income: 2800 }).execute();
    await db
      .insertInto('ecec_placement')
      .values([
        { child_id: older, unit_id: municipal, type: 'daycare', start_date: '2025-08-01', hours_per_month: 160 },
        { child_id: younger, unit_id: voucherUnit, type: 'daycare', start_date: '2025-08-01', hours_per_month: 120 },
      ])
      .execute();
    await db.transaction().execute((tx) => generateAllFeeDecisions(tx, '2025-10-01', '2025-09-20'));
    await db.insertInto('ecec_attendance').values({ child_id: younger, unit_id: voucherUnit, date: '2025-10-06', arrived: '08:00', departed: '15:00' }).execute();
    await db.insertInto('ecec_reservation').values({ child_id: younger, date: '2025-10-07', start_time: '08:00', end_time: '16:00' }).execute();
    await db.insertInto('ecec_absence').values({ child_id: younger, date: '2025-10-08', type: 'sickness' }).execute();
    await db.insertInto('ecec_vasu_version').values({ child_id: younger, version: 1, sections: JSON.stringify([{ id: 'goals', title: 'Tavoitteet', content: 'Leikki' }]) }).execute();
    const ctxArgs = { clock: fixedClock('2025-10-15T09:00:00+03:00') };

    const child = await db.transaction().execute((tx) => ececRegister.findByPerson(tx, younger, ctxArgs));
    const kinds = (items: typeof child) => items.map((i) => `${i.datasetId}: ${i.title.en}`).sort();
    expect(kinds(child)).toEqual([
      'attendance: Attendance records',
      'placements-and-fee-decisions: Placement 1.8.2025',
      'placements-and-fee-decisions: Voucher value decision 1.10.2025',
      'vasu: ECEC plan, version 1',
    ]);
    const voucher = child.find((i) => i.title.en.startsWith('Voucher'))!;
    // Under 3 until 1.2.2026: 1 550 € × 0.85 (≤ 150 h) = 1 317.5 → 1 318.
    expect(voucher).toMatchObject({ role: 'subject', data: { childId: younger, unitId: voucherUnit, voucherValue: 1318 } });
    expect(new Set(voucher.otherPersonIds)).toEqual(new Set([mother, father]));
    const days = child.find((i) => i.datasetId === 'attendance')!.data as { attendance: unknown[]; reservations: unknown[]; absences: unknown[] };
    expect([days.attendance.length, days.reservations.length, days.absences.length]).toEqual([1, 1, 1]);
    // The sibling's fee decision does not name this child: not among its records.
    expect(child.some((i) => i.title.en.startsWith('Fee decision'))).toBe(false);

    const guardian = await db.transaction().execute((tx) => ececRegister.findByPerson(tx, father, ctxArgs));
    expect(kinds(guardian)).toEqual([
      'placements-and-fee-decisions: Fee decision 1.10.2025',
      'placements-and-fee-decisions: Income 1.1.2025',
      'placements-and-fee-decisions: Voucher value decision 1.10.2025',
    ]);
    // Only the guardian's own income, not the partner's.
    expect(guardian.find((i) => i.title.en.startsWith('Income'))!.data).toMatchObject({ person_id: father, gross_income: expect.anything() });
    expect(Number((guardian.find((i) => i.title.en.startsWith('Income'))!.data as { gross_income: unknown }).gross_income)).toBe(2800);
    const fee = guardian.find((i) => i.title.en.startsWith('Fee decision'))!;
    expect(fee.role).toBe('subject');
    expect(new Set(fee.otherPersonIds)).toEqual(new Set([mother, older]));
  });
});
