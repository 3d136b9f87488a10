// A resident's own pages in core (kuntalainen): their basic data and children, and "who has
// viewed my data" from the audit log. Registers add their citizen routes under /citizen/<id>/.
import { guardedChildren } from '../access/access-control.ts';
import { coreActions } from '../access/actions.ts';
import { coreRoles } from '../access/roles.ts';
import { getPersonAuditTrail } from '../audit/audit.routes.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import type { RegisterModule } from '../module.ts';

const localized = { type: 'object', properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } }, required: ['fi', 'sv', 'en'] } as const;
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;

const meSchema = {
  type: 'object',
  properties: {
    csrfToken: str,
    authMethod: str,
    person: {
      type: 'object',
      properties: {
        id: str,
        firstNames: str,
        callingName: nstr,
        lastName: str,
        birthDate: str,
        contactLanguage: str,
        phone: nstr,
        email: nstr,
        nonDisclosure: { type: 'boolean' },
        address: {
          type: ['object', 'null'],
          properties: { streetAddress: str, postalCode: nstr, postOffice: nstr, validFrom: str },
          required: ['streetAddress', 'postalCode', 'postOffice', 'validFrom'],
        },
      },
      required: ['id', 'firstNames', 'callingName', 'lastName', 'birthDate', 'contactLanguage', 'phone', 'email', 'nonDisclosure', 'address'],
    },
    children: {
      type: 'array',
      items: { type: 'object', properties: { id: str, firstNames: str, lastName: str }, required: ['id', 'firstNames', 'lastName'] },
    },
  },
  required: ['csrfToken', 'authMethod', 'person', 'children'],
} as const;

const trailSchema = {
  type: 'object',
  properties: {
    events: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          occurredAt: str,
          event: str,
          register: { anyOf: [localized, { type: 'null' }] },
          registerId: nstr,
          datasetId: nstr,
          purpose: nstr,
          roles: { type: 'array', items: localized },
          units: { type: 'array', items: str },
        },
        required: ['occurredAt', 'event', 'register', 'registerId', 'datasetId', 'purpose', 'roles', 'units'],
      },
    },
  },
  required: ['events'],
} as const;

export function citizenRoutes(registers: RegisterModule[]): RouteDefinition[] {
  const registerNames = new Map(registers.map((r) => [r.id, r.names]));
  const roleNames = new Map([...coreRoles, ...registers.flatMap((r) => r.roles)].map((r) => [r.id, r.names]));
  return [
    defineRoute({
      method: 'GET',
      url: '/citizen/me',
      summary: "The resident's own basic data (their own address even under turvakielto) and their children by name",
      tags: ['citizen'],
      action: coreActions.citizenReadSelf.name,
      audit: 'CitizenSelfRead',
      purpose: 'citizen_self_service',
      readOnly: true,
      schema: { response: { 200: meSchema } },
      handler: async ({ tx, citizen, clock, audit }) => {
        const self = citizen!.personId;
        const today = clock.today();
        const p = await tx
          .selectFrom('person')
          .select(['id', 'first_names', 'calling_name', 'last_name', 'birth_date', 'contact_language', 'phone', 'email', 'non_disclosure'])
          .where('id', '=', self)
          .executeTakeFirstOrThrow();
        // The person's own address: turvakielto hides it from others, never from the person.
        const address = await tx
          .selectFrom('person_address')
          .select(['street_address', 'postal_code', 'post_office', 'valid_from'])
          .where('person_id', '=', self)
          .where('valid_from', '<=', today)
          .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
          .orderBy('valid_from', 'desc')
          .executeTakeFirst();
        const childIds = await guardedChildren(tx, self, today);
        const children = childIds.length
          ? await tx.selectFrom('person').select(['id', 'first_names', 'last_name']).where('id', 'in', childIds).orderBy('birth_date').orderBy('id').execute()
          : [];
        audit.persons([self, ...childIds]);
        return {
          csrfToken: citizen!.csrfToken,
          authMethod: citizen!.authMethod,
          person: {
            id: p.id,
            firstNames: p.first_names,
            callingName: p.calling_name,
            lastName: p.last_name,
            birthDate: p.birth_date,
            contactLanguage: p.contact_language,
            phone: p.phone,
            email: p.email,
            nonDisclosure: p.non_disclosure,
            address: address ? { streetAddress: address.street_address, postalCode: address.postal_code, postOffice: address.post_office, validFrom: address.valid_from } : null,
          },
          children: children.map((c) => ({ id: c.id, firstNames: c.first_names, lastName: c.last_name })),
        };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/citizen/audit-trail',
      summary: "Who has viewed my data: staff processing of the resident's own data by register, role and unit (no staff names)",
      tags: ['citizen'],
      action: coreActions.citizenReadOwnAuditTrail.name,
      audit: 'CitizenAuditTrailRead',
      purpose: 'access_log_request',
      reportsAuditLog: true,
      readOnly: true,
      schema: { response: { 200: trailSchema } },
      handler: async ({ tx, citizen, audit }) => {
        const self = citizen!.personId;
        audit.persons([self]);
        const trail = await getPersonAuditTrail(tx, self, {});
        // Staff processing only (not the resident's own use), and only what succeeded. Staff are
        // named by role and unit, never by name or user id.
        const events = trail
          .filter((e) => e.actor.kind === 'user' && e.outcome === 'success')
          .map((e) => ({
            occurredAt: e.occurredAt,
            event: e.event,
            registerId: e.registerId,
            register: e.registerId ? (registerNames.get(e.registerId) ?? null) : null,
            datasetId: e.datasetId,
            purpose: e.purpose,
            roles: e.actor.roles.map((r) => roleNames.get(r) ?? { fi: r, sv: r, en: r }),
            units: e.actor.units,
          }));
        return { events };
      },
    }),
  ];
}
