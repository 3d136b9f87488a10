import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../../test/db.ts';
import { insertTestPerson, insertTestUser, TEST_PASSWORD } from '../../../test/fixtures.ts';
import { createApp } from '../http/server.ts';
import { fixedClock } from '../clock.ts';
import { AuditWriter } from './audit-writer.ts';
import { verifyAuditChain } from './audit.ts';
import type { Db } from '../db/database.ts';

/** Makes the next `n` inserts into the audit log fail, as a lost connection would. */
class FailInserts implements KyselyPlugin {
  constructor(public n: number) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind === 'InsertQueryNode' && this.n > 0) {
      this.n--;
      throw new Error('connection lost');
    }
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const events = (db: Db, tag: string) =>
  db.selectFrom('audit_event').select(['event', 'object_ids', 'occurred_at', 'chain_no']).where(sql<boolean>`object_ids @> array[${tag}]::text[]`).orderBy('chain_no').execute();

describeDb('audit writer (read events after the response)', (ctx) => {
  it('writes queued events in their order when flushed, with the time they were queued, and the chain verifies', async () => {
    const w = new AuditWriter(ctx.db, { maxDelayMs: 60_000 });
    const before = Date.now();
    w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'system', objectIds: ['w1', 'a'] }]);
    w.enqueue([
      { event: 'PersonSearch', actorUserId: null, actorKind: 'system', objectIds: ['w1', 'b'] },
      { event: 'PersonRead', actorUserId: null, actorKind: 'system', objectIds: ['w1', 'c'] },
    ]);
    expect(w.pending).toBe(3);
    expect(await events(ctx.db, 'w1')).toHaveLength(0);
    await w.flush();
    const rows = await events(ctx.db, 'w1');
    expect(rows.map((r) => r.object_ids[1])).toEqual(['a', 'b', 'c']);
    for (const r of rows) expect(new Date(r.occurred_at).getTime()).toBeGreaterThanOrEqual(before - 1);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);
    await w.close();
  });

  it('writes on its own within the delay, without a flush', async () => {
    const w = new AuditWriter(ctx.db, { maxDelayMs: 5 });
    w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'system', objectIds: ['w2'] }]);
    for (let i = 0; i < 200 && (await events(ctx.db, 'w2')).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(await events(ctx.db, 'w2')).toHaveLength(1);
    expect(w.pending).toBe(0);
    await w.close();
  });

  it('keeps a batch that failed and writes it, in order, on the retry', async () => {
    const plugin = new FailInserts(2);
    const errors: number[] = [];
    const w = new AuditWriter(ctx.db.withPlugin(plugin), { maxDelayMs: 1, onError: (_e, pending) => errors.push(pending) });
    w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'system', objectIds: ['w3', '1'] }]);
    w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'system', objectIds: ['w3', '2'] }]);
    for (let i = 0; i < 300 && w.pending > 0; i++) await new Promise((r) => setTimeout(r, 10));
    await w.flush();
    expect(errors.length).toBe(2);
    expect(errors[0]).toBe(2);
    expect((await events(ctx.db, 'w3')).map((r) => r.object_ids[1])).toEqual(['1', '2']);
    await w.close();
  });

  it('refuses at enqueue what the table would refuse, so one bad event cannot block the queue', async () => {
    const w = new AuditWriter(ctx.db, { maxDelayMs: 60_000 });
    expect(() => w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'system', personIds: ['131052-308T'] }])).toThrow(/not a UUID/);
    expect(() => w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'robot' as 'system' }])).toThrow(/actor kind/);
    // The error names the event, never the id that was passed.
    expect(() => w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'system', personIds: ['131052-308T'] }])).not.toThrow(/131052/);
    expect(w.pending).toBe(0);
    await w.close();
    expect(() => w.enqueue([{ event: 'PersonRead', actorUserId: null, actorKind: 'system' }])).toThrow(/closed/);
  });

  it('a read over HTTP is logged after the response, and a server shut down normally leaves no read unlogged', async () => {
    const app = await createApp({ database: ctx.database, registers: [], clock: fixedClock('2025-10-15T09:00:00+03:00'), loginRateLimit: 1000 });
    const person = await insertTestPerson(ctx.db, { firstNames: 'Luettu', lastName: 'Myöhemmin' });
    const user = await insertTestUser(ctx.db, [{ role: 'registry_officer' }]);
    const login = await app.fastify.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const reads = () => ctx.db.selectFrom('audit_event').select('seq').where('event', '=', 'PersonRead').where(sql<boolean>`person_ids @> array[${person}]::uuid[]`).execute();
    for (let i = 0; i < 3; i++) {
      expect((await app.fastify.inject({ method: 'GET', url: `/api/v1/persons/${person}`, headers: { cookie } })).statusCode).toBe(200);
    }
    // "Who viewed my data" writes the queued reads first, so it shows the three just made.
    const trail = await app.fastify.inject({ method: 'GET', url: `/api/v1/persons/${person}/audit-trail`, headers: { cookie } });
    expect(trail.json().events.filter((e: { event: string }) => e.event === 'PersonRead')).toHaveLength(3);
    await app.fastify.inject({ method: 'GET', url: `/api/v1/persons/${person}`, headers: { cookie } });
    await app.fastify.close();
    expect(await reads()).toHaveLength(4);
    expect(app.auditWriter.pending).toBe(0);
  });
});
