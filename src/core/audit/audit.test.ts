import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson } from '../../../test/fixtures.ts';
import { testApp } from '../../../test/http.ts';
import { appendAudit, verifyAuditChain } from './audit.ts';

describeDb('audit log', (ctx) => {
  it('links every event to the previous one so that the chain verifies', async () => {
    await appendAudit(ctx.db, [
      { event: 'PersonRead', actorUserId: null, actorKind: 'cli' },
      { event: 'PersonUpdate', actorUserId: null, actorKind: 'cli' },
    ]);
    await appendAudit(ctx.db, [{ event: 'PersonRead', actorUserId: null, actorKind: 'system' }]);
    const v = await verifyAuditChain(ctx.db);
    expect(v).toMatchObject({ ok: true, firstBroken: null });
    expect(v.events).toBeGreaterThanOrEqual(3);
  });

  it('refuses updates and deletes of events', async () => {
    await appendAudit(ctx.db, [{ event: 'PersonRead', actorUserId: null, actorKind: 'cli' }]);
    await expect(sql`update audit_event set event = 'Forged'`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event`.execute(ctx.db)).rejects.toThrow(/append-only/);
  });

  it('detects an event changed behind the triggers', async () => {
    await appendAudit(ctx.db, [{ event: 'PersonRead', actorUserId: null, actorKind: 'cli', purpose: 'care' }]);
    const last = await ctx.db.selectFrom('audit_event').select('chain_no').orderBy('chain_no', 'desc').executeTakeFirstOrThrow();
    // A superuser could disable the trigger; the hash chain still shows the change.
    await ctx.db.transaction().execute(async (tx) => {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(tx);
      await sql`update audit_event set purpose = 'forged' where chain_no = ${last.chain_no}`.execute(tx);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(tx);
    });
    const v = await verifyAuditChain(ctx.db);
    expect(v.ok).toBe(false);
    expect(v.firstBroken).toBe(last.chain_no);
  });

  it('rejects free text as an event name', async () => {
    await expect(appendAudit(ctx.db, [{ event: 'read person 010101-123N', actorUserId: null, actorKind: 'cli' }])).rejects.toThrow(/EntityAction/);
  });
});

describeDb('who has viewed my data', (ctx) => {
  it('lists each staff read of the person with role and unit, for the registry officer only', async () => {
    const t = await testApp(ctx.database);
    const person = await insertTestPerson(ctx.db, { firstNames: 'Seurattu', lastName: 'Henkilö' });
    const officer = await t.as([{ role: 'registry_officer' }]);
    expect((await officer.get(`/api/v1/persons/${person}`)).status).toBe(200);
    const trail = await officer.get(`/api/v1/persons/${person}/audit-trail`);
    expect(trail.status).toBe(200);
    const read = trail.body.events.find((e: any) => e.event === 'PersonRead');
    expect(read.actor).toMatchObject({ userId: officer.userId, roles: ['registry_officer'] });
    const admin = await t.as([{ role: 'admin' }]);
    expect((await admin.get(`/api/v1/persons/${person}/audit-trail`)).status).toBe(404);
    await t.close();
  });
});
