// Placement, fee and voucher value decisions as PDFs in the family's language, with appeal
// instructions: rendered through their routes and read back as text.
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { testApp } from '../../../test/http.ts';
import { insertEcecUnit, insertFamily, pdfText } from './test-support.ts';

type App = Awaited<ReturnType<typeof testApp>>;

/** GET a PDF as the client and return its text (the inject payload, not a UTF-8 decoded body). */
async function pdfOf(t: App, client: { cookie: string }, url: string) {
  const res = await t.app.fastify.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  return { status: res.statusCode, type: res.headers['content-type'], text: res.statusCode === 200 ? pdfText(res.rawPayload) : '' };
}

describeDb('ECEC decision documents', (ctx) => {
  it('prints a placement decision in Swedish for a Swedish-speaking family and in Finnish otherwise, with appeal instructions', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Kielikylpy' });
    const group = await ctx.db.insertInto('ecec_group').values({ unit_id: unit, name: 'Nuput', start_date: '2020-01-01' }).returning('id').executeTakeFirstOrThrow();
    const sv = await insertFamily(ctx.db, ['2022-06-01'], { singleParent: true, contactLanguage: 'sv' });
    const fi = await insertFamily(ctx.db, ['2022-07-01'], { singleParent: true });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const placed = async (childId: string) => {
      const r = await handler.post('/api/v1/ecec/placements', { childId, unitId: unit, groupId: group.id, type: 'daycare', startDate: '2025-08-01', endDate: '2026-07-31', hoursPerMonth: 120, freeHoursPerMonth: 20 });
      expect(r.status).toBe(201);
      return r.body.decisionId as string;
    };

    const svDoc = await pdfOf(t, handler, `/api/v1/ecec/placement-decisions/${await placed(sv.children[0]!)}/pdf`);
    expect(svDoc).toMatchObject({ status: 200, type: 'application/pdf' });
    for (const s of [
      'Beslut om plats inom småbarnspedagogiken',
      'Lapsi Testinen (1.6.2022)',
      'Vårdnadshavare Äiti Testinen',
      'Enhet Päiväkoti Kielikylpy',
      'Grupp Nuput',
      'Giltigt 1.8.2025 – 31.7.2026',
      '120 timmar i månaden, varav 20 avgiftsfria',
      'Barnet har beviljats en plats i enheten Päiväkoti Kielikylpy för ovan nämnda tid.',
      'Om klientavgiften för småbarnspedagogiken fattas ett separat avgiftsbeslut.',
      'Anvisning om begäran om omprövning',
      'kan begära omprövning skriftligen inom 30 dagar från delfåendet av beslutet',
      'Sekretessbelagd',
    ]) expect(svDoc.text).toContain(s);
    expect(svDoc.text).not.toContain('Oikaisuvaatimusohje');

    const fiDoc = await pdfOf(t, handler, `/api/v1/ecec/placement-decisions/${await placed(fi.children[0]!)}/pdf`);
    for (const s of ['Päätös varhaiskasvatuspaikasta', 'Huoltajat Äiti Testinen', 'Voimassa 1.8.2025 – 31.7.2026', '120 tuntia kuukaudessa, joista maksuttomia 20', 'Oikaisuvaatimusohje', 'oikaisuvaatimuksella 30 päivän kuluessa päätöksen tiedoksisaannista']) {
      expect(fiDoc.text).toContain(s);
    }
    const list = await handler.get(`/api/v1/ecec/children/${fi.children[0]}/placements`);
    expect(fiDoc.text).toContain(`Päätösnumero ${list.body.placements[0].decisions[0].decisionNumber}`);

    // Fee handlers and unit staff do not print placement decisions; an unknown id is the same 404.
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    expect((await pdfOf(t, fees, `/api/v1/ecec/placement-decisions/${list.body.placements[0].decisions[0].id}/pdf`)).status).toBe(404);
    expect((await pdfOf(t, handler, '/api/v1/ecec/placement-decisions/00000000-0000-4000-8000-000000000000/pdf')).status).toBe(404);
    const events = await ctx.db.selectFrom('audit_event').select(['event', 'person_ids']).where('actor_user_id', '=', handler.userId).where('event', '=', 'EcecPlacementDecisionPrint').where('outcome', '=', 'success').execute();
    expect(events).toHaveLength(2);
    expect(events[1]!.person_ids).toEqual(expect.arrayContaining([fi.children[0], fi.mother]));
    await t.close();
  });

  it('prints a voucher value decision with the value, the co-payment and appeal instructions in the family language', async () => {
    const t = await testApp(ctx.database);
    const provider = await ctx.db.insertInto('ecec_provider').values({ kind: 'private', name: 'Satumetsä Oy', voucher_eligible: true }).returning('id').executeTakeFirstOrThrow();
    const unit = await insertEcecUnit(ctx.db, { name: 'Päiväkoti Satumetsä', providerType: 'private_voucher', providerId: provider.id });
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    const fi = await insertFamily(ctx.db, ['2024-02-01'], { singleParent: true });
    await fees.post('/api/v1/ecec/incomes', { personId: fi.mother, validFrom: '2025-01-01', grossIncome: 5000 });
    const placement = await handler.post('/api/v1/ecec/placements', { childId: fi.children[0], unitId: unit, type: 'daycare', startDate: '2025-09-01', endDate: '2025-12-31', hoursPerMonth: 100 });
    expect(placement.body.voucherValueDecisionIds).toHaveLength(1);
    const doc = await pdfOf(t, fees, `/api/v1/ecec/voucher-value-decisions/${placement.body.voucherValueDecisionIds[0]}/pdf`);
    expect(doc).toMatchObject({ status: 200, type: 'application/pdf' });
    // Under 3: 1 550 € × 70 % (≤ 115 h) = 1 085 €. Co-payment: 10.7 % × (5 000 − 4 066) = 99.9 → 100, × 70 % = 70 €.
    for (const s of [
      'Päätös varhaiskasvatuksen palvelusetelin arvosta',
      'Lapsi Lapsi Testinen (1.2.2024)',
      'Yksikkö Päiväkoti Satumetsä',
      'Palveluntuottaja Satumetsä Oy',
      'Voimassa 1.9.2025 – 31.12.2025',
      'Palveluntarve 100 tuntia kuukaudessa',
      'Perhekoko 2',
      'Perheen bruttotulot 5 000 €',
      'Perusarvo (alle 3-vuotias) 1 550 €',
      'Palveluntarpeen kerroin 70 %',
      'Palvelusetelin arvo kuukaudessa 1 085 €',
      'Perheen tulojen ja koon mukainen perusmaksu 100 €',
      'Sisarusalennus 0 %',
      'Omavastuuosuus kuukaudessa 70 €',
      'Kunta maksaa palvelusetelin arvon palveluntuottajalle.',
      'Oikaisuvaatimusohje',
    ]) expect(doc.text).toContain(s);

    const sv = await insertFamily(ctx.db, ['2020-03-15'], { singleParent: true, contactLanguage: 'sv' });
    const svPlacement = await handler.post('/api/v1/ecec/placements', { childId: sv.children[0], unitId: unit, type: 'daycare', startDate: '2025-09-01', endDate: '2025-12-31', hoursPerMonth: 160 });
    const svDoc = await pdfOf(t, fees, `/api/v1/ecec/voucher-value-decisions/${svPlacement.body.voucherValueDecisionIds[0]}/pdf`);
    // Over 3: the base value 1 000 € × 100 %; no income given: the maximum 311 € as co-payment.
    for (const s of [
      'Beslut om värdet av servicesedeln för småbarnspedagogik',
      'Grundvärde 1 000 €',
      'Servicesedelns värde per månad 1 000 €',
      'Inkomsterna har inte meddelats: högsta avgiften',
      'Självriskandel per månad 311 €',
      'Anvisning om begäran om omprövning',
    ]) expect(svDoc.text).toContain(s);
    expect((await pdfOf(t, handler, `/api/v1/ecec/voucher-value-decisions/${svPlacement.body.voucherValueDecisionIds[0]}/pdf`)).status).toBe(404);
    await t.close();
  });

  it('prints a fee decision whose text carries the fees and the appeal instructions', async () => {
    const t = await testApp(ctx.database);
    const unit = await insertEcecUnit(ctx.db);
    const fam = await insertFamily(ctx.db, ['2021-05-02', '2023-01-10']);
    const handler = await t.as([{ role: 'ecec.application_handler' }]);
    const fees = await t.as([{ role: 'ecec.fee_handler' }]);
    for (const g of fam.guardians) await fees.post('/api/v1/ecec/incomes', { personId: g, validFrom: '2025-01-01', grossIncome: 10000 });
    for (const [childId, hours] of [[fam.children[0], 160], [fam.children[1], 100]] as const) {
      await handler.post('/api/v1/ecec/placements', { childId, unitId: unit, type: 'daycare', startDate: '2025-01-01', endDate: '2025-12-31', hoursPerMonth: hours });
    }
    const list = await fees.get(`/api/v1/ecec/persons/${fam.mother}/fee-decisions`);
    const d = list.body.feeDecisions.find((x: any) => x.status === 'sent');
    const doc = await pdfOf(t, fees, `/api/v1/ecec/fee-decisions/${d.id}/pdf`);
    for (const s of ['Varhaiskasvatuksen maksupäätös', 'Perhekoko 4', 'Maksu yhteensä kuukaudessa: 342 €', 'Oikaisuvaatimusohje']) expect(doc.text).toContain(s);
    await t.close();
  });
});
