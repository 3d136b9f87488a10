import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './commands/serve.ts';
import { DEMO_PASSWORD } from '../app/demo.ts';
import { openDatabase } from '../core/db/database.ts';
import { migrate } from '../core/db/migrate.ts';
import { allMigrations } from '../app/migrations.ts';
import { allRegisters } from '../registers/index.ts';
import { seedPersons } from '../core/persons/person-seed.ts';
import { parseHetu } from '../core/hetu/hetu.ts';

const run = promisify(execFile);
const bin = new URL('../../bin/varanto.js', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'varanto-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function varanto(...args: string[]) {
  try {
    const r = await run(process.execPath, [bin, ...args], { env: { ...process.env, DATABASE_URL: '' }, timeout: 120_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

describe('varanto hetu', () => {
  it('prints the derived facts of a valid code and exits 0, and exits 1 with the reason for an invalid one', async () => {
    const ok = await varanto('hetu', '010594Y9032');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ valid: true, birthDate: '1994-05-01', sex: 'male', temporary: true });
    const bad = await varanto('hetu', '010190-999K');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false, reason: 'checksum' });
  });
});

describe('varanto import persons', () => {
  it('stops at a bad line with its number and imports nothing', async () => {
    const dir = join(tmp, 'import-db');
    const file = join(tmp, 'persons.csv');
    writeFileSync(file, 'first_names,last_name,birth_date,external_key\nAino,Aalto,1990-01-01,a1\nBertil,Berg,1990-13-01,b1\n');
    const r = await varanto('import', 'persons', file, '--data-dir', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/line 3: .*Nothing was imported/);
    const d = await openDatabase({ dataDir: dir });
    const n = await d.db.selectFrom('person').select(d.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(0);
    await d.close();
  });
});

describe('synthetic seed', () => {
  it('gives the same people for the same seed and valid unique henkilötunnus codes', async () => {
    const hetus: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const d = await openDatabase();
      await migrate(d.db, allMigrations(allRegisters));
      await seedPersons(d.db, { persons: 500, seed: 'same', referenceDate: '2025-10-01' });
      const rows = await d.db.selectFrom('person').select(['id', 'hetu']).orderBy('id').execute();
      hetus.push(rows.map((r) => `${r.id}:${r.hetu}`));
      await d.close();
    }
    expect(hetus[0]).toEqual(hetus[1]);
    const codes = hetus[0]!.map((s) => s.split(':')[1]!).filter((h) => h !== 'null');
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((h) => parseHetu(h).valid)).toBe(true);
  });
});

describe('varanto serve', () => {
  it('starts on the embedded database with the demo municipality, which persists across restarts', async () => {
    const dataDir = join(tmp, 'serve-db');
    const first = await startServer({ port: 0, host: '127.0.0.1', dataDir, demoPersons: 400, quiet: true });
    const base = `http://127.0.0.1:${first.port}`;
    expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: 'ok', database: 'pglite' });
    const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'kirjaamo', password: DEMO_PASSWORD }) });
    expect(login.status).toBe(200);
    const openapi = await (await fetch(`${base}/api/v1/openapi.json`)).json();
    expect(openapi.paths['/api/v1/persons/search']).toBeDefined();
    await first.stop();
    const second = await startServer({ port: 0, host: '127.0.0.1', dataDir, quiet: true });
    const again = await fetch(`http://127.0.0.1:${second.port}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }) });
    expect(again.status).toBe(200);
    await second.stop();
    const d = await openDatabase({ dataDir });
    const users = await d.db.selectFrom('app_user').select(d.db.fn.countAll().as('n')).where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(Number(users.n)).toBe(1);
    await d.close();
  });
});
