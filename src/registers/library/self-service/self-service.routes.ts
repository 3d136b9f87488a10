// The door controllers' endpoint and the administration of self-service devices.
import { hashPassword } from '../../../core/auth/password.ts';
import { ApiError, badRequest, conflict, unauthorized } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { libraryActions } from '../library-access.ts';
import { cardNumber, idParams, okSchema, uuid } from '../library-schemas.ts';
import { authenticateDevice } from './devices.ts';
import { doorMessages, requestDoorAccess } from './door-access.ts';

const localizedSchema = { type: 'object', properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } }, required: ['fi', 'sv', 'en'] } as const;

/** `Authorization: Basic base64(login:secret)` of a device, or null. */
function basicCredentials(header: string | undefined): { login: string; secret: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!m) return null;
  const text = Buffer.from(m[1]!, 'base64').toString('utf8');
  const at = text.indexOf(':');
  return at > 0 ? { login: text.slice(0, at), secret: text.slice(at + 1) } : null;
}

const deviceSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    unitId: { type: 'string' },
    unitName: { type: 'string' },
    kind: { type: 'string', enum: ['door', 'sip2'] },
    name: { type: 'string' },
    login: { type: 'string' },
    disabledOn: { type: ['string', 'null'] },
  },
  required: ['id', 'unitId', 'unitName', 'kind', 'name', 'login', 'disabledOn'],
} as const;

export const selfServiceRoutes: RouteDefinition[] = [
  defineRoute<{ cardNumber: string; pin: string }>({
    method: 'POST',
    url: '/public/library/door-access',
    summary: 'Door controller of a self-service library: may this card and PIN open the door? (device credentials in HTTP Basic authorization)',
    action: 'public',
    // Logged by requestDoorAccess as an event of the device (the actor is the door, not anonymous).
    audit: 'LibraryDoorAccess',
    datasetId: 'patrons',
    schema: {
      body: { type: 'object', properties: { cardNumber, pin: { type: 'string', minLength: 1, maxLength: 20 } }, required: ['cardNumber', 'pin'], additionalProperties: false },
      response: {
        200: {
          type: 'object',
          properties: { open: { type: 'boolean' }, outcome: { type: 'string' }, message: localizedSchema },
          required: ['open', 'outcome', 'message'],
        },
      },
    },
    handler: async ({ tx, body, clock, request, requestId, audit }) => {
      audit.skip();
      const creds = basicCredentials(request.headers.authorization);
      const device = creds ? await authenticateDevice(tx, creds.login, creds.secret, 'door', clock.today()) : null;
      if (!device) throw unauthorized();
      const { outcome } = await requestDoorAccess(tx, clock, { device, cardNumber: body.cardNumber, pin: body.pin, requestId });
      return { open: outcome === 'opened', outcome, message: doorMessages[outcome] };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/library/devices',
    summary: 'Self-service devices (door controllers, SIP2 machines)',
    action: libraryActions.deviceManage.name,
    audit: null,
    readOnly: true,
    schema: { response: { 200: { type: 'object', properties: { devices: { type: 'array', items: deviceSchema } }, required: ['devices'] } } },
    handler: async ({ tx }) => {
      const rows = await tx
        .selectFrom('library_device as d')
        .innerJoin('organisation_unit as u', 'u.id', 'd.unit_id')
        .select(['d.id', 'd.unit_id', 'u.name as unit_name', 'd.kind', 'd.name', 'd.login', 'd.disabled_on'])
        .orderBy('u.name')
        .orderBy('d.name')
        .execute();
      return { devices: rows.map((d) => ({ id: d.id, unitId: d.unit_id, unitName: d.unit_name, kind: d.kind, name: d.name, login: d.login, disabledOn: d.disabled_on })) };
    },
  }),
  defineRoute<{ unitId: string; kind: 'door' | 'sip2'; name: string; login: string; secret: string }>({
    method: 'POST',
    url: '/library/devices',
    summary: 'Add a self-service device with its login and secret',
    action: libraryActions.deviceManage.name,
    audit: null,
    schema: {
      body: {
        type: 'object',
        properties: {
          unitId: uuid,
          kind: { type: 'string', enum: ['door', 'sip2'] },
          name: { type: 'string', minLength: 1, maxLength: 100 },
          login: { type: 'string', pattern: '^[A-Za-z0-9_.-]{3,50}$' },
          secret: { type: 'string', minLength: 12, maxLength: 200 },
        },
        required: ['unitId', 'kind', 'name', 'login', 'secret'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
    },
    handler: async ({ tx, body, reply }) => {
      const unit = await tx.selectFrom('organisation_unit').select('register_id').where('id', '=', body.unitId).executeTakeFirst();
      if (unit?.register_id !== 'library') throw badRequest('not_a_library_unit', { fi: 'Yksikkö ei ole kirjasto.', sv: 'Enheten är inte ett bibliotek.', en: 'The unit is not a library.' });
      const taken = await tx.selectFrom('library_device').select('id').where('login', '=', body.login).executeTakeFirst();
      if (taken) throw conflict('login_taken', { fi: 'Tunnus on jo käytössä.', sv: 'Inloggningen används redan.', en: 'The login is already in use.' });
      const row = await tx
        .insertInto('library_device')
        .values({ unit_id: body.unitId, kind: body.kind, name: body.name, login: body.login, secret_hash: await hashPassword(body.secret) })
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<unknown, unknown, { deviceId: string }>({
    method: 'POST',
    url: '/library/devices/:deviceId/disable',
    summary: 'Disable a device (lost, replaced or compromised)',
    action: libraryActions.deviceManage.name,
    audit: null,
    schema: { params: idParams('deviceId'), response: { 200: okSchema } },
    handler: async ({ tx, params, clock }) => {
      const res = await tx.updateTable('library_device').set({ disabled_on: clock.today() }).where('id', '=', params.deviceId).where('disabled_on', 'is', null).executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new ApiError(404, 'device_not_found', { fi: 'Laitetta ei löytynyt.', sv: 'Enheten hittades inte.', en: 'The device was not found.' });
      return { ok: true };
    },
  }),
];

