import { connect, type Socket } from 'node:net';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeDb } from '../../../../test/db.ts';
import { fixedClock } from '../../../core/clock.ts';
import { LIBRARY_ADMIN } from '../library-access.ts';
import { libraryFixture, uniqueCode } from '../library-test-support.ts';
import { buildMessage, parseMessage, field } from './sip2-message.ts';
import { Sip2Session } from './sip2-session.ts';
import { startSip2Server } from './sip2-server.ts';

/** A SIP2 client over TCP: sends a message with CR and waits for the CR-terminated answer. */
async function sipClient(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffer = '';
  const waiting: ((line: string) => void)[] = [];
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let at: number;
    while ((at = buffer.indexOf('\r')) >= 0) {
      const line = buffer.slice(0, at);
      buffer = buffer.slice(at + 1);
      waiting.shift()?.(line);
    }
  });
  let seq = 0;
  return {
    /** Sends a request with error detection (AY/AZ appended) and returns the parsed answer. */
    send(head: string, fields: [string, string][] = []) {
      const message = buildMessage(head, fields, seq);
      seq = (seq + 1) % 10;
      return this.raw(message);
    },
    raw(message: string) {
      return new Promise<string>((resolve) => {
        waiting.push(resolve);
        socket.write(message + '\r');
      });
    },
    close: () => socket.destroy(),
  };
}

const DATE = '20251015    090000';

describeDb('SIP2 server', (ctx) => {
  const setup = async () => {
    const f = await libraryFixture(ctx.database);
    const admin = await f.t.as([{ role: LIBRARY_ADMIN }]);
    const login = `sip-${uniqueCode().toLowerCase()}`;
    const device = await admin.post('/api/v1/library/devices', { unitId: f.unit, kind: 'sip2', name: 'Lainausautomaatti 1', login, secret: 'sip-secret-1234' });
    expect(device.status).toBe(201);
    const server = await startSip2Server({ db: ctx.db, clock: fixedClock('2025-10-15T09:00:00+03:00'), port: 0 });
    const client = await sipClient(server.port);
    return { ...f, login, deviceId: device.body.id as string, server, client };
  };

  it('serves a self-check machine: login, status, patron with PIN, checkout, item, checkin and end of session', async () => {
    const s = await setup();
    const { card, person, patronId } = await s.addPatron({ pin: '2468' });
    const book = await s.addItem({ title: 'Seitsemän veljestä' });
    const c = s.client;

    expect(await c.send('9300', [['CN', s.login], ['CO', 'wrong-secret'], ['CP', 'x']])).toBe('940AY0AZFDFE');
    const login = await c.send('9300', [['CN', s.login], ['CO', 'sip-secret-1234'], ['CP', 'x']]);
    expect(login.slice(0, 3)).toBe('941');
    expect(parseMessage(login).checksumOk).toBe(true);

    const status = parseMessage(await c.send('9900302.00'));
    expect(status.command).toBe('98');
    expect(status.fixed.slice(0, 6)).toBe('YYYYNN');
    expect(field(status, 'BX')).toBe('YYYNYYYYYNYNNNYN');

    // A wrong PIN: no personal data.
    const wrong = parseMessage(await c.send(`63007${DATE}  Y       `, [['AO', 'VAR'], ['AA', card], ['AD', '0000']]));
    expect([field(wrong, 'BL'), field(wrong, 'CQ'), field(wrong, 'AE'), field(wrong, 'AF')]).toEqual(['Y', 'N', '', 'Väärä PIN-koodi.']);
    const right = parseMessage(await c.send(`63007${DATE}  Y       `, [['AO', 'VAR'], ['AA', card], ['AD', '2468']]));
    expect([field(right, 'BL'), field(right, 'CQ'), field(right, 'AE')]).toEqual(['Y', 'Y', 'Testi Testinen']);

    // Checkout after the PIN was checked in this session; a retry of the same message lends once.
    const checkoutMsg = buildMessage(`11YN${DATE}${' '.repeat(18)}`, [['AO', 'VAR'], ['AA', card], ['AB', book.barcode], ['AC', '']], 5);
    const out = await c.raw(checkoutMsg);
    const co = parseMessage(out);
    expect(co.fixed.slice(0, 4)).toBe('1NUY');
    expect([field(co, 'AJ'), field(co, 'AH'), field(co, 'AF')]).toEqual(['Seitsemän veljestä', '20251112    235959', 'Lainattu. Eräpäivä 12.11.2025.']);
    expect(await c.raw(checkoutMsg)).toBe(out);
    const loans = await ctx.db.selectFrom('library_loan').select(['device_id', 'unit_id']).where('patron_id', '=', patronId).execute();
    expect(loans).toEqual([{ device_id: s.deviceId, unit_id: s.unit }]);
    expect(await c.raw('97')).toBe(out);

    const info = parseMessage(await c.send(`17${DATE}`, [['AO', 'VAR'], ['AB', book.barcode]]));
    expect(info.fixed.slice(0, 2)).toBe('04');
    expect(field(info, 'AH')).toBe('20251112    235959');

    const patronInfo = parseMessage(await c.send(`63001${DATE}  Y       `, [['AO', 'VAR'], ['AA', card]]));
    expect(patronInfo.fixed.slice(43, 47)).toBe('0001'); // charged items
    expect(patronInfo.fields.get('AU')).toEqual([book.barcode]);

    const back = parseMessage(await c.send(`09N${DATE}${DATE}`, [['AP', 'VAR'], ['AO', 'VAR'], ['AB', book.barcode]]));
    expect(back.fixed.slice(0, 4)).toBe('1YUN');
    expect(field(back, 'AF')).toBe('Returned. Thank you!');

    expect((await c.send(`35${DATE}`, [['AO', 'VAR'], ['AA', card]])).slice(0, 3)).toBe('36Y');
    // After the patron's session ended, a checkout needs the PIN again.
    const again = parseMessage(await c.send(`11YN${DATE}${' '.repeat(18)}`, [['AO', 'VAR'], ['AA', card], ['AB', book.barcode]]));
    expect(again.fixed[0]).toBe('0');
    expect(field(again, 'AF')).toBe('Please enter your PIN.');

    // A damaged message is asked again.
    expect(await c.raw('9900302.00AY1AZ0000')).toBe('96AZFEF6');

    const events = await ctx.db
      .selectFrom('audit_event')
      .select(['event', 'actor_kind', 'object_ids'])
      .where(sql<boolean>`${person}::uuid = any(person_ids)`)
      .where('event', 'like', 'LibrarySelfService%')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.event)).toEqual([
      'LibrarySelfServicePatronRead',
      'LibrarySelfServicePatronRead',
      'LibrarySelfServiceLoanRead',
      'LibrarySelfServiceCheckout',
      'LibrarySelfServicePatronRead',
      'LibrarySelfServiceLoanRead',
      'LibrarySelfServiceCheckin',
    ]);
    for (const e of events) expect(e).toMatchObject({ actor_kind: 'system', object_ids: expect.arrayContaining([s.deviceId]) });
    c.close();
    await s.server.close();
    await s.close();
  });

  it('refuses a checkout the library rules refuse, with the reason in the patron’s language', async () => {
    const s = await setup();
    const { card, person } = await s.addPatron();
    const book = await s.addItem();
    await s.librarian.post(`/api/v1/library/patrons/${person}/blocks`, { reason: 'other' });
    await s.client.send('9300', [['CN', s.login], ['CO', 'sip-secret-1234']]);
    await s.client.send(`23006${DATE}`, [['AO', 'VAR'], ['AA', card], ['AD', '1234']]);
    const co = parseMessage(await s.client.send(`11NN${DATE}${' '.repeat(18)}`, [['AO', 'VAR'], ['AA', card], ['AB', book.barcode]]));
    expect(co.fixed.slice(0, 1)).toBe('0');
    expect(field(co, 'AF')).toBe('Kunden har lånespärr.');
    const status = parseMessage(await s.client.send(`23006${DATE}`, [['AO', 'VAR'], ['AA', card]]));
    expect(status.fixed.slice(0, 4)).toBe('YY Y'); // charge, renewal and hold privileges denied
    s.client.close();
    await s.server.close();
    await s.close();
  });

  it('answers nothing before login and counts wrong PINs towards the lock', async () => {
    const s = await setup();
    s.client.close();
    await s.server.close();
    const session = new Sip2Session(ctx.db, fixedClock('2025-10-15T09:00:00+03:00'));
    const { card, patronId } = await s.addPatron();
    expect(await session.handle(`23007${DATE}AOVAR|AA${card}|AD1234|`)).toBeNull();
    expect(await session.handle(`9300CN${s.login}|COsip-secret-1234|`)).toBe('941');
    const book = await s.addItem();
    // The PIN is wrong, so the checkout is refused, and the failure is still counted.
    const refused = await session.handle(`11YN${DATE}${' '.repeat(18)}AOVAR|AA${card}|AB${book.barcode}|AD9999|`);
    expect(refused).toMatch(/^120/);
    expect((await ctx.db.selectFrom('library_patron').select('pin_failures').where('id', '=', patronId).executeTakeFirstOrThrow()).pin_failures).toBe(1);
    await s.close();
  });
});
