import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUnit, insertTestUser, testHetu, TEST_PASSWORD } from '../../../test/fixtures.ts';
import { testApp, type TestClient } from '../../../test/http.ts';
import { dueDate, deadlineState } from './information-request.ts';
import { outcomeOf } from './information-request.queries.ts';
import { exampleRegister, insertExampleNote } from './test-register.ts';

const registers = [exampleRegister('example'), exampleRegister('other-example')];

/** Text drawn on the pages of a pdfkit PDF (content streams inflated, hex glyph strings decoded). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let out = '';
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      out += [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join('') + '\n';
    }
  }
  return out;
}

describe('deadlines', () => {
  it('gives a document request 14 days and moves a weekend deadline to the next working day', () => {
    expect(dueDate('2025-10-15', { days: 14 })).toBe('2025-10-29');
    // 1 month from 15.10.2025 is Saturday 15.11.2025 → Monday.
    expect(dueDate('2025-10-15', { months: 1 })).toBe('2025-11-17');
    // 14 days from 22.11.2025 is Saturday 6.12. (Independence Day) → Monday 8.12.
    expect(dueDate('2025-11-22', { days: 14 })).toBe('2025-12-08');
  });
  it('warns when three working days or fewer remain and says when the deadline was missed', () => {
    expect(deadlineState('2025-10-20', '2025-10-15', null, 3)).toBe('near');
    expect(deadlineState('2025-10-21', '2025-10-15', null, 3)).toBe('ok');
    expect(deadlineState('2025-10-14', '2025-10-15', null, 3)).toBe('overdue');
    expect(deadlineState('2025-10-14', '2025-10-15', '2025-10-14', 3)).toBe('met');
    expect(deadlineState('2025-10-14', '2025-10-20', '2025-10-15', 3)).toBe('missed');
  });
  it('makes the outcome partial when anything is redacted and negative when everything is withheld', () => {
    expect(outcomeOf([])).toBe('full');
    expect(outcomeOf([{ decision: 'release' }, { decision: 'redact' }])).toBe('partial');
    expect(outcomeOf([{ decision: 'withhold' }, { decision: 'withhold' }])).toBe('negative');
    expect(outcomeOf([{ decision: 'withhold' }, { decision: 'release' }])).toBe('partial');
  });
});

describeDb(
  'information requests',
  (ctx) => {
    async function setup() {
      const t = await testApp(ctx.database, { registers });
      const officerUser = await insertTestUser(ctx.db, [{ role: 'registry_officer' }]);
      const officer = await t.login(officerUser.username);
      const raw = await sessionCookie(t, officerUser.username);
      const hetu = testHetu('2015-03-04');
      const child = await insertTestPerson(ctx.db, { hetu, firstNames: 'Aino', lastName: 'Pyytäjä' });
      const mother = await insertTestPerson(ctx.db, { firstNames: 'Maija', lastName: 'Pyytäjä', birthDate: '1985-01-01' });
      const neighbour = await insertTestPerson(ctx.db, { firstNames: 'Naapuri', lastName: 'Ilmoittaja', birthDate: '1970-01-01' });
      return { t, officer, raw, hetu, child, mother, neighbour };
    }

    const newRequest = (subject: Record<string, string>, extra: Record<string, unknown> = {}) => ({
      kind: 'access',
      subject,
      requesterKind: 'subject',
      identificationMethod: 'strong_electronic',
      channel: 'e_service',
      receivedOn: '2025-10-15',
      ...extra,
    });

    async function searched(officer: TestClient, personId: string, kind = 'access') {
      const created = await officer.post('/api/v1/information-requests', newRequest({ personId }, { kind }));
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      const res = await officer.post(`/api/v1/information-requests/${id}/search`);
      expect(res.status).toBe(200);
      // The subject's own basic data from the core person register is released up front, so
      // that the tests below review only the example registers' items.
      const own = res.body.result.registers.find((r: any) => r.registerId === 'persons');
      expect(own.datasets[0].items[0]).toMatchObject({ datasetId: 'identity', role: 'subject' });
      const ownItems = own.datasets.flatMap((d: any) => d.items.map((i: any) => ({ id: i.id, decision: 'release' })));
      const reviewed = await officer.post(`/api/v1/information-requests/${id}/review`, { items: ownItems });
      expect(reviewed.status).toBe(200);
      return { id, result: reviewed.body.result, ownCount: own.count as number };
    }

    it('records a request for a subject found by henkilötunnus in the body, with the GDPR deadline, and never logs the code', async () => {
      const { t, officer, hetu, child } = await setup();
      const res = await officer.post('/api/v1/information-requests', newRequest({ hetu }));
      expect(res.status).toBe(201);
      expect(res.body.request).toMatchObject({ subjectPersonId: child, status: 'received', kind: 'access', dueOn: '2025-11-17' });
      expect(res.body.request.deadlines).toEqual([expect.objectContaining({ kind: 'gdpr_12_3', dueOn: '2025-11-17', state: 'ok', superseded: false })]);
      const stored = await ctx.db.selectFrom('information_request_deadline as d').innerJoin('legal_parameter as p', 'p.id', 'd.legal_parameter_id').select('p.key').where('d.request_id', '=', res.body.id).execute();
      expect(stored.map((s) => s.key)).toEqual(['information_request.gdpr_deadline']);
      const events = await ctx.db.selectFrom('audit_event').selectAll().where('actor_user_id', '=', officer.userId).execute();
      const create = events.find((e) => e.event === 'InformationRequestCreate');
      expect(create).toMatchObject({ person_ids: [child], purpose: 'information_request', information_request_id: res.body.id });
      expect(JSON.stringify(events)).not.toContain(hetu);
      await t.close();
    });

    it('gives a document request the Julkisuuslaki 14 § deadline of 14 days', async () => {
      const { t, officer, child } = await setup();
      const res = await officer.post('/api/v1/information-requests', newRequest({ personId: child }, { kind: 'document' }));
      expect(res.status).toBe(201);
      expect(res.body.request.deadlines.map((d: any) => [d.kind, d.dueOn])).toEqual([['julkisuuslaki_14', '2025-10-29']]);
      await t.close();
    });

    it('shows the candidates when a name does not identify the subject, and accepts the name with the birth date', async () => {
      const { t, officer } = await setup();
      const a = await insertTestPerson(ctx.db, { firstNames: 'Kaarina', lastName: 'Kaksoisnimi', birthDate: '1990-02-02' });
      const b = await insertTestPerson(ctx.db, { firstNames: 'Kaarina', lastName: 'Kaksoisnimi', birthDate: '1991-03-03' });
      const ambiguous = await officer.post('/api/v1/information-requests', newRequest({ name: 'kaarina kaksoisnimi' }));
      expect(ambiguous.status).toBe(409);
      expect(ambiguous.body.error.code).toBe('ambiguous_subject');
      expect(ambiguous.body.error.details.candidates.map((c: any) => c.id).sort()).toEqual([a, b].sort());
      const search = await officer.post('/api/v1/information-requests/subject-search', { name: 'Kaarina Kaksoisnimi' });
      expect(search.body).toMatchObject({ exact: false });
      expect(search.body.candidates).toHaveLength(2);
      const exact = await officer.post('/api/v1/information-requests', newRequest({ name: 'Kaksoisnimi Kaarina', birthDate: '1991-03-03' }));
      expect(exact.status).toBe(201);
      expect(exact.body.request.subjectPersonId).toBe(b);
      await t.close();
    });

    it('answers bad input with 400 in three languages and writes nothing', async () => {
      const { t, officer, child } = await setup();
      const before = await ctx.db.selectFrom('information_request').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const future = await officer.post('/api/v1/information-requests', newRequest({ personId: child }, { receivedOn: '2025-12-01' }));
      expect(future.status).toBe(400);
      expect(Object.keys(future.body.error.message).sort()).toEqual(['en', 'fi', 'sv']);
      const badKind = await officer.post('/api/v1/information-requests', newRequest({ personId: child }, { kind: 'gossip' }));
      expect(badKind.status).toBe(400);
      const badHetu = await officer.post('/api/v1/information-requests', newRequest({ hetu: '010190-999K' }));
      expect(badHetu.status).toBe(400);
      expect(badHetu.raw).not.toContain('010190');
      const after = await ctx.db.selectFrom('information_request').select(ctx.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
      await t.close();
    });

    it('lists open requests with a warning when the deadline is near or over', async () => {
      const { t, officer, child } = await setup();
      // Received 1.10. → due Wednesday 15.10. = today: near. Received 19.9. → due 3.10.: over.
      const near = await officer.post('/api/v1/information-requests', newRequest({ personId: child }, { kind: 'document', receivedOn: '2025-10-01' }));
      const over = await officer.post('/api/v1/information-requests', newRequest({ personId: child }, { kind: 'document', receivedOn: '2025-09-19' }));
      const list = await officer.get('/api/v1/information-requests');
      expect(list.status).toBe(200);
      const byId = new Map(list.body.requests.map((r: any) => [r.id, r]));
      expect((byId.get(near.body.id) as any).deadlines[0].state).toBe('near');
      expect((byId.get(over.body.id) as any).deadlines[0].state).toBe('overdue');
      expect((byId.get(over.body.id) as any).warnings[0].fi).toContain('ylittynyt');
      await t.close();
    });

    it('extends a GDPR deadline by two months once, with a recorded reason', async () => {
      const { t, officer, child } = await setup();
      const created = await officer.post('/api/v1/information-requests', newRequest({ personId: child }));
      const id = created.body.id;
      const noReason = await officer.post(`/api/v1/information-requests/${id}/extend`, {});
      expect(noReason.status).toBe(400);
      const res = await officer.post(`/api/v1/information-requests/${id}/extend`, { reason: 'Pyyntö koskee viittä rekisteriä.' });
      expect(res.status).toBe(200);
      expect(res.body.request).toMatchObject({ dueOn: '2026-01-15', extensionReason: 'Pyyntö koskee viittä rekisteriä.' });
      expect(res.body.request.deadlines.map((d: any) => [d.kind, d.superseded])).toEqual([
        ['gdpr_12_3', true],
        ['gdpr_12_3_extended', false],
      ]);
      const again = await officer.post(`/api/v1/information-requests/${id}/extend`, { reason: 'Toinen kerta' });
      expect(again.status).toBe(409);
      await t.close();
    });

    it('searches every register and groups what it holds by register and dataset, references included, logged for the request', async () => {
      const { t, officer, child, mother, neighbour } = await setup();
      await insertExampleNote(ctx.db, 'example', { personId: child, guardianId: mother, dataset: 'notes', title: 'Muistio', madeOn: '2025-01-10', body: 'Aino aloitti.' });
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notifications', title: 'Ilmoitus', madeOn: '2025-02-10', body: 'Huoli.', notifier: 'Naapuri' });
      await insertExampleNote(ctx.db, 'other-example', { personId: neighbour, guardianId: child, dataset: 'notes', title: 'Mainintа', madeOn: '2025-03-10', body: 'Aino mainittu.' });
      const { id, result, ownCount } = await searched(officer, child);
      expect(result.total).toBe(3 + ownCount);
      expect(result.registers.map((r: any) => [r.registerId, r.count, r.referenceOnly])).toEqual([
        ['example', 2, false],
        ['other-example', 1, true],
        ['persons', ownCount, false],
      ]);
      expect(result.registers[0].datasets.map((d: any) => [d.names.fi, d.count, d.subjectCount, d.referenceCount])).toEqual([
        ['Muistiinpanot', 1, 1, 0],
        ['Ilmoitukset', 1, 1, 0],
      ]);
      expect(result.registers[1].datasets[0].items[0].role).toBe('reference');
      const events = await ctx.db.selectFrom('audit_event').selectAll().where('information_request_id', '=', id).where('event', 'like', 'InformationRequest%Search').execute();
      expect(events.map((e) => [e.event, e.register_id, e.purpose]).sort()).toEqual([
        ['InformationRequestRegisterSearch', 'example', 'information_request'],
        ['InformationRequestRegisterSearch', 'other-example', 'information_request'],
        ['InformationRequestRegisterSearch', 'persons', 'information_request'],
        ['InformationRequestSearch', null, 'information_request'],
      ]);
      expect(events.find((e) => e.event === 'InformationRequestSearch')!.person_ids).toEqual(expect.arrayContaining([child, mother, neighbour]));
      await t.close();
    });

    it('keeps the review of unchanged items when the search is repeated', async () => {
      const { t, officer, child } = await setup();
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notes', title: 'Muistio', madeOn: '2025-01-10', body: 'Sama.' });
      const { id, result } = await searched(officer, child);
      const item = result.registers[0].datasets[0].items[0];
      await officer.post(`/api/v1/information-requests/${id}/review`, { items: [{ id: item.id, decision: 'release' }] });
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notes', title: 'Uusi', madeOn: '2025-05-10', body: 'Uusi.' });
      const again = await officer.post(`/api/v1/information-requests/${id}/search`);
      const items = again.body.result.registers[0].datasets[0].items;
      expect(items.map((i: any) => [i.title.fi, i.decision]).sort()).toEqual([
        ['Muistio', 'release'],
        ['Uusi', 'pending'],
      ]);
      await t.close();
    });

    it('requires a legal ground to redact or withhold, and names the fields a redaction hides', async () => {
      const { t, officer, child } = await setup();
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notifications', title: 'Ilmoitus', madeOn: '2025-02-10', body: 'Huoli.', notifier: 'Naapuri' });
      const { id, result } = await searched(officer, child);
      const item = result.registers[0].datasets[0].items[0];
      const noGround = await officer.post(`/api/v1/information-requests/${id}/review`, { items: [{ id: item.id, decision: 'withhold' }] });
      expect(noGround.status).toBe(400);
      expect(noGround.body.error.code).toBe('legal_ground_required');
      const noFields = await officer.post(`/api/v1/information-requests/${id}/review`, { items: [{ id: item.id, decision: 'redact', legalGround: 'child_welfare_notifier' }] });
      expect(noFields.body.error.code).toBe('invalid_redacted_fields');
      const unknownField = await officer.post(`/api/v1/information-requests/${id}/review`, {
        items: [{ id: item.id, decision: 'redact', legalGround: 'child_welfare_notifier', redactedFields: ['address'] }],
      });
      expect(unknownField.status).toBe(400);
      const ok = await officer.post(`/api/v1/information-requests/${id}/review`, {
        items: [{ id: item.id, decision: 'redact', legalGround: 'child_welfare_notifier', redactedFields: ['notifier'] }],
      });
      expect(ok.status).toBe(200);
      expect(ok.body.pending).toBe(0);
      expect(ok.body.result.registers[0].datasets[0].items[0]).toMatchObject({ decision: 'redact', legalGround: 'child_welfare_notifier', redactedFields: ['notifier'] });
      await t.close();
    });

    it('decides only when every item is reviewed; a partial decision carries grounds and appeal instructions', async () => {
      const { t, officer, child, neighbour } = await setup();
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notes', title: 'Muistio', madeOn: '2025-01-10', body: 'Aino aloitti.' });
      await insertExampleNote(ctx.db, 'example', { personId: child, guardianId: neighbour, dataset: 'notifications', title: 'Ilmoitus', madeOn: '2025-02-10', body: 'Huoli.' });
      const { id, result } = await searched(officer, child);
      const [notes, notifications] = result.registers[0].datasets;
      const early = await officer.post(`/api/v1/information-requests/${id}/decision`);
      expect(early.status).toBe(400);
      expect(early.body.error).toMatchObject({ code: 'items_not_reviewed', details: { pending: 2 } });
      await officer.post(`/api/v1/information-requests/${id}/review`, {
        items: [
          { id: notes.items[0].id, decision: 'release' },
          { id: notifications.items[0].id, decision: 'withhold', legalGround: 'third_party' },
        ],
      });
      const res = await officer.post(`/api/v1/information-requests/${id}/decision`);
      expect(res.status).toBe(200);
      expect(res.body.outcome).toBe('partial');
      expect(res.body.grounds.map((g: any) => g.code)).toEqual(['third_party']);
      expect(res.body.appealInstructions.fi).toContain('Oikaisuvaatimus');
      expect(res.body.request).toMatchObject({ status: 'decided', decidedOn: '2025-10-15' });
      const late = await officer.post(`/api/v1/information-requests/${id}/review`, { items: [{ id: notes.items[0].id, decision: 'withhold', legalGround: 'third_party' }] });
      expect(late.status).toBe(409);
      await t.close();
    });

    it('delivers the answer as PDF and JSON with redactions visible as such and never their content', async () => {
      const { t, officer, raw, child } = await setup();
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notes', title: 'Muistio', madeOn: '2025-01-10', body: 'Aino aloitti eskarin.' });
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notifications', title: 'Ilmoitus', madeOn: '2025-02-10', body: 'Huoli kotioloista.', notifier: 'Salainen Ilmoittaja' });
      await insertExampleNote(ctx.db, 'other-example', { personId: child, dataset: 'notes', title: 'Luonnos', madeOn: '2025-09-01', body: 'Keskeneräinen luonnosteksti.' });
      const { id, result } = await searched(officer, child);
      const [notes, notifications] = result.registers[0].datasets;
      const draft = result.registers[1].datasets[0];
      const notReady = await officer.get(`/api/v1/information-requests/${id}/report/json`);
      expect(notReady.status).toBe(409);
      await officer.post(`/api/v1/information-requests/${id}/review`, {
        items: [
          { id: notes.items[0].id, decision: 'release' },
          { id: notifications.items[0].id, decision: 'redact', legalGround: 'child_welfare_notifier', redactedFields: ['notifier'] },
          { id: draft.items[0].id, decision: 'withhold', legalGround: 'document_in_preparation' },
        ],
      });
      await officer.post(`/api/v1/information-requests/${id}/decision`);

      const json = await officer.get(`/api/v1/information-requests/${id}/report/json?lang=en`);
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({ format: 'varanto.information-request-export/1', language: 'en', request: { outcome: 'partial' } });
      const ex = json.body.registers[0].datasets;
      expect(ex[0].items[0].data).toEqual({ body: 'Aino aloitti eskarin.' });
      expect(ex[1].items[0].data).toEqual({ body: 'Huoli kotioloista.', notifier: null });
      expect(ex[1].items[0].redacted).toEqual([{ field: 'notifier', ground: 'child_welfare_notifier', law: expect.stringContaining('11 §') }]);
      expect(json.body.registers[1].datasets[0]).toMatchObject({ items: [], withheld: [{ ground: 'document_in_preparation' }] });
      expect(json.body.appealInstructions).toContain('review');
      expect(json.raw).not.toContain('Salainen Ilmoittaja');
      expect(json.raw).not.toContain('luonnosteksti');

      for (const lang of ['fi', 'sv', 'en'] as const) {
        const pdf = await t.app.fastify.inject({ method: 'GET', url: `/api/v1/information-requests/${id}/report/pdf?lang=${lang}`, headers: raw });
        expect(pdf.statusCode).toBe(200);
        expect(pdf.headers['content-type']).toBe('application/pdf');
        const text = pdfText(pdf.rawPayload);
        expect(text).toContain('Aino aloitti eskarin.');
        expect(text).toContain({ fi: 'SALATTU', sv: 'MASKERAT', en: 'REDACTED' }[lang]);
        expect(text).toContain({ fi: 'TIETO JÄTETTY ANTAMATTA', sv: 'UPPGIFTEN LÄMNAS INTE UT', en: 'ITEM WITHHELD' }[lang]);
        expect(text).toContain({ fi: 'Sisällys', sv: 'Innehåll', en: 'Contents' }[lang]);
        expect(text).not.toContain('Salainen Ilmoittaja');
        expect(text).not.toContain('luonnosteksti');
      }
      await t.close();
    });

    it('records delivery only for a decided request, and the whole workflow is in the audit log under the request', async () => {
      const { t, officer, child } = await setup();
      await insertExampleNote(ctx.db, 'example', { personId: child, dataset: 'notes', title: 'Muistio', madeOn: '2025-01-10', body: 'Teksti.' });
      const { id, result } = await searched(officer, child);
      const early = await officer.post(`/api/v1/information-requests/${id}/deliver`, { channel: 'e_service' });
      expect(early.status).toBe(409);
      await officer.post(`/api/v1/information-requests/${id}/review`, { items: [{ id: result.registers[0].datasets[0].items[0].id, decision: 'release' }] });
      const decided = await officer.post(`/api/v1/information-requests/${id}/decision`);
      expect(decided.body).toMatchObject({ outcome: 'full', appealInstructions: null });
      await officer.get(`/api/v1/information-requests/${id}/report/json`);
      const res = await officer.post(`/api/v1/information-requests/${id}/deliver`, { channel: 'e_service' });
      expect(res.status).toBe(200);
      expect(res.body.request).toMatchObject({ status: 'delivered', deliveredOn: '2025-10-15', deliveryChannel: 'e_service' });
      expect(res.body.request.deadlines[0].state).toBe('met');
      const events = await ctx.db.selectFrom('audit_event').select(['event', 'person_ids', 'purpose']).where('information_request_id', '=', id).orderBy('chain_no').execute();
      expect(events.map((e) => e.event)).toEqual([
        'InformationRequestCreate',
        'InformationRequestRegisterSearch',
        'InformationRequestRegisterSearch',
        'InformationRequestRegisterSearch',
        'InformationRequestSearch',
        'InformationRequestReview',
        'InformationRequestReview',
        'InformationRequestDecide',
        'InformationRequestExport',
        'InformationRequestDeliver',
      ]);
      expect(events.every((e) => e.purpose === 'information_request' && e.person_ids.includes(child))).toBe(true);
      await t.close();
    });

    it('refuses information requests to staff without the registry officer role', async () => {
      const { t, child } = await setup();
      const unit = await insertTestUnit(ctx.db);
      const staff = await t.as([{ role: 'admin' }, { role: 'admin', unitId: unit }]);
      const res = await staff.post('/api/v1/information-requests', newRequest({ personId: child }));
      expect(res.status).toBe(403);
      const list = await staff.get('/api/v1/information-requests');
      expect(list.status).toBe(403);
      const anonymous = await t.anonymous.get('/api/v1/information-requests');
      expect(anonymous.status).toBe(401);
      await t.close();
    });

    it('refuses an access log request for a deceased person', async () => {
      const { t, officer } = await setup();
      const dead = await insertTestPerson(ctx.db, { firstNames: 'Edesmennyt', lastName: 'Henkilö', birthDate: '1930-01-01', dateOfDeath: '2020-01-01' });
      const res = await officer.post('/api/v1/information-requests', newRequest({ personId: dead }, { kind: 'access_log' }));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('subject_deceased');
      await t.close();
    });

    describe('who viewed my data', () => {
      it('reports every staff access by register, dataset, role and unit as JSON and PDF, and logs the report itself', async () => {
        const { t, officer, raw, child } = await setup();
        const unit = await insertTestUnit(ctx.db, { name: 'Päiväkoti Esimerkki' });
        const reader = await t.as([{ role: 'registry_officer' }, { role: 'teacher', unitId: unit }]);
        expect((await reader.get(`/api/v1/persons/${child}`)).status).toBe(200);
        const { id } = await searched(officer, child);
        // By default the last two years up to today (the test clock); audit events carry real time.
        const byDefault = await officer.get(`/api/v1/persons/${child}/access-report`);
        expect(byDefault.body).toMatchObject({ from: '2023-10-15', to: '2025-10-15' });
        const res = await officer.get(`/api/v1/persons/${child}/access-report?informationRequestId=${id}&lang=fi&from=2000-01-01&to=2100-01-01`);
        expect(res.status).toBe(200);
        const read = res.body.groups.filter((g: any) => g.register === 'Henkilörekisteri (yhteiset tiedot)' && g.unit === 'Päiväkoti Esimerkki');
        expect(read.map((g: any) => g.role).sort()).toEqual(['registry_officer', 'teacher']);
        expect(res.body.groups.some((g: any) => g.registerId === 'other-example' && g.register === 'Esimerkkirekisteri other-example')).toBe(true);
        expect(res.body.events.some((e: any) => e.event === 'PersonRead' && e.actor.userId === reader.userId)).toBe(true);
        const logged = await ctx.db
          .selectFrom('audit_event')
          .select(['person_ids', 'purpose', 'information_request_id'])
          .where('event', '=', 'PersonAccessReportRead')
          .where('actor_user_id', '=', officer.userId)
          .where('information_request_id', 'is not', null)
          .executeTakeFirst();
        expect(logged).toEqual({ person_ids: [child], purpose: 'information_request', information_request_id: id });
        const pdf = await t.app.fastify.inject({ method: 'GET', url: `/api/v1/persons/${child}/access-report/pdf?lang=sv&from=2000-01-01&to=2100-01-01`, headers: raw });
        expect(pdf.statusCode).toBe(200);
        expect(pdfText(pdf.rawPayload)).toContain('Päiväkoti Esimerkki');
        await t.close();
      });

      it('rejects a period that ends before it starts, in three languages', async () => {
        const { t, officer, child } = await setup();
        const res = await officer.get(`/api/v1/persons/${child}/access-report?from=2025-10-01&to=2025-09-01`);
        expect(res.status).toBe(400);
        expect(res.body.error.message.sv).toBeTruthy();
        await t.close();
      });
    });
  },
  registers,
);

/** A session cookie for raw injects: the test client decodes bodies as text, which breaks a PDF. */
async function sessionCookie(t: Awaited<ReturnType<typeof testApp>>, username: string): Promise<Record<string, string>> {
  const res = await t.app.fastify.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
  return { cookie: String(res.headers['set-cookie']).split(';')[0]! };
}
