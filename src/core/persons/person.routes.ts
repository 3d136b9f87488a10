import { coreActions } from '../access/actions.ts';
import { defineRoute, type RouteDefinition } from '../http/route.ts';
import { notFoundOrDenied } from '../http/errors.ts';
import { UUID_PATTERN, type PersonId } from '../ids.ts';
import type { Clock } from '../clock.ts';
import type { RegisterModule } from '../module.ts';
import { personDetailsSchema, personSummarySchema, type NewPerson } from './person.ts';
import { personsChangedNotifier } from './person-changes.ts';
import {
  addRelationship,
  findPersonByHetu,
  getPersonDetails,
  insertPerson,
  updatePerson,
  addAddress,
  type PersonChanges,
  searchPersonsByName,
} from './person.queries.ts';

const idParams = { type: 'object', properties: { id: { type: 'string', pattern: UUID_PATTERN } }, required: ['id'] } as const;
const date = { type: 'string', format: 'date' } as const;
const nullableString = (maxLength = 200) => ({ type: ['string', 'null'], maxLength }) as const;

/**
 * The person register's routes. Every write also tells the registers (`onPersonsChanged`) in the
 * same transaction, e.g. ECEC regenerates the fee decisions of a family that gained a partner.
 */
export function personRoutes(registers: RegisterModule[]): RouteDefinition[] {
  const notifier = (clock: Clock) => personsChangedNotifier(registers, { clock });
  return [
    defineRoute<{ query?: string; hetu?: string; birthDate?: string; limit?: number }>({
      method: 'POST',
      url: '/persons/search',
      summary: 'Search persons by henkilötunnus (exact) or name (fuzzy); the code travels in the body, never in a URL',
      tags: ['persons'],
      action: coreActions.personSearch.name,
      audit: 'PersonSearch',
      purpose: 'search',
      readOnly: true,
      schema: {
        body: {
          type: 'object',
          properties: {
            query: { type: 'string', maxLength: 200 },
            hetu: { type: 'string', maxLength: 20 },
            birthDate: date,
            limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
          additionalProperties: false,
        },
        response: {
          200: {
            type: 'object',
            properties: {
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { ...personSummarySchema.properties, score: { type: 'number' }, matchedPreviousName: { type: 'boolean' } },
                },
              },
            },
          },
        },
      },
      handler: async ({ tx, body, audit, hasPermission, allowed }) => {
        const searchAll = hasPermission(coreActions.personSearchAll.name);
        if (body.hetu) {
          const p = await findPersonByHetu(tx, body.hetu);
          const visible = p && (searchAll || (await allowed(coreActions.personRead.name, [p.id])).has(p.id));
          if (!p || !visible) return { results: [] };
          audit.persons([p.id]);
          return { results: [{ ...p, score: 1, matchedPreviousName: false }] };
        }
        const limit = body.limit ?? 20;
        let results = await searchPersonsByName(tx, { query: body.query ?? '', birthDate: body.birthDate ?? null, limit: searchAll ? limit : limit * 5 });
        if (!searchAll) {
          const ok = await allowed(coreActions.personRead.name, results.map((r) => r.id));
          results = results.filter((r) => ok.has(r.id)).slice(0, limit);
        }
        audit.persons(results.map((r) => r.id));
        return { results };
      },
    }),
    defineRoute<unknown, unknown, { id: string }>({
      method: 'GET',
      url: '/persons/:id',
      summary: 'A person card: identity, names, addresses (hidden under turvakielto), relationships',
      tags: ['persons'],
      action: coreActions.personRead.name,
      audit: 'PersonRead',
      readOnly: true,
      target: ({ params }) => [params.id],
      schema: { params: idParams, response: { 200: { type: 'object', properties: { person: personDetailsSchema } } } },
      handler: async ({ tx, params, clock, allowed, audit }) => {
        const mayReadHidden = (await allowed(coreActions.personReadNonDisclosedAddress.name, [params.id])).has(params.id);
        const person = await getPersonDetails(tx, params.id, { today: clock.today(), mayReadNonDisclosed: mayReadHidden });
        if (!person) throw notFoundOrDenied();
        audit.persons(person.relationships.map((r) => r.person.id));
        return { person };
      },
    }),
    defineRoute<NewPerson>({
      method: 'POST',
      url: '/persons',
      summary: 'Add a person to the person register',
      tags: ['persons'],
      action: coreActions.personCreate.name,
      audit: 'PersonCreate',
      schema: {
        body: {
          type: 'object',
          properties: {
            hetu: nullableString(20),
            firstNames: { type: 'string', minLength: 1, maxLength: 200 },
            callingName: nullableString(),
            lastName: { type: 'string', minLength: 1, maxLength: 200 },
            birthDate: { type: ['string', 'null'], format: 'date' },
            sex: { type: ['string', 'null'], enum: ['male', 'female', null] },
            nativeLanguage: nullableString(10),
            contactLanguage: { type: 'string', enum: ['fi', 'sv', 'en'] },
            municipalityCode: nullableString(10),
            phone: nullableString(50),
            email: { type: ['string', 'null'], format: 'email', maxLength: 200 },
            nonDisclosure: { type: 'boolean' },
            address: {
              type: ['object', 'null'],
              properties: {
                streetAddress: { type: 'string', minLength: 1, maxLength: 200 },
                postalCode: { type: ['string', 'null'], pattern: '^[0-9]{5}$' },
                postOffice: nullableString(100),
                validFrom: date,
              },
              required: ['streetAddress', 'validFrom'],
              additionalProperties: false,
            },
          },
          required: ['firstNames', 'lastName'],
          additionalProperties: false,
        },
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } } },
      },
      handler: async ({ tx, body, audit, reply, clock }) => {
        const id = await insertPerson(tx, body);
        await notifier(clock)(tx, { kind: 'person', personIds: [id], from: body.address?.validFrom ?? clock.today() });
        audit.persons([id]);
        reply.status(201);
        return { id };
      },
    }),
    defineRoute<{ kind: 'guardian' | 'parent' | 'partner'; relatedPersonId: string; validFrom: string; validTo?: string | null }, unknown, { id: string }>({
      method: 'POST',
      url: '/persons/:id/relationships',
      summary: 'Add a relationship: this person is guardian or parent of the related (child), or partner',
      tags: ['persons'],
      action: coreActions.personUpdate.name,
      audit: 'PersonRelationshipCreate',
      target: ({ params, body }) => [params.id, body.relatedPersonId],
      schema: {
        params: idParams,
        body: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: ['guardian', 'parent', 'partner'] },
            relatedPersonId: { type: 'string', pattern: UUID_PATTERN },
            validFrom: date,
            validTo: { type: ['string', 'null'], format: 'date' },
          },
          required: ['kind', 'relatedPersonId', 'validFrom'],
          additionalProperties: false,
        },
        response: { 201: { type: 'object', properties: { id: { type: ['string', 'null'] } } } },
      },
      handler: async ({ tx, params, body, reply, audit, clock }) => {
        const id = await addRelationship(tx, { ...body, personId: params.id });
        // An existing identical relationship (id null) changes nothing.
        if (id) await notifier(clock)(tx, { kind: 'relationship', personIds: [params.id, body.relatedPersonId] as PersonId[], from: body.validFrom });
        if (id) audit.objects([id]);
        reply.status(201);
        return { id };
      },
    }),

    defineRoute<PersonChanges, unknown, { id: string }>({
      method: 'PATCH',
      url: '/persons/:id',
      summary: 'Change a person’s names, contact details, languages or turvakielto; old names are kept',
      tags: ['persons'],
      action: coreActions.personUpdate.name,
      audit: 'PersonUpdate',
      target: ({ params }) => [params.id],
      schema: {
        params: idParams,
        body: {
          type: 'object',
          properties: {
            firstNames: { type: 'string', minLength: 1, maxLength: 200 },
            callingName: nullableString(),
            lastName: { type: 'string', minLength: 1, maxLength: 200 },
            dateOfDeath: { type: ['string', 'null'], format: 'date' },
            nativeLanguage: nullableString(10),
            contactLanguage: { type: 'string', enum: ['fi', 'sv', 'en'] },
            municipalityCode: nullableString(10),
            phone: nullableString(50),
            email: { type: ['string', 'null'], format: 'email', maxLength: 200 },
            nonDisclosure: { type: 'boolean' },
          },
          additionalProperties: false,
          minProperties: 1,
        },
        response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } } },
      },
      handler: async ({ tx, params, body, clock }) => {
        await updatePerson(tx, params.id, body, clock.today());
        // A date of death ends the person's part in a family from the next day; other details from today.
        const from = body.dateOfDeath ?? clock.today();
        await notifier(clock)(tx, { kind: 'person', personIds: [params.id as PersonId], from });
        return { ok: true };
      },
    }),
    defineRoute<{ streetAddress: string; postalCode?: string | null; postOffice?: string | null; validFrom: string }, unknown, { id: string }>({
      method: 'POST',
      url: '/persons/:id/addresses',
      summary: 'Add an address valid from a date (the previous address ends the day before)',
      tags: ['persons'],
      action: coreActions.personUpdate.name,
      audit: 'PersonAddressCreate',
      target: ({ params }) => [params.id],
      schema: {
        params: idParams,
        body: {
          type: 'object',
          properties: {
            streetAddress: { type: 'string', minLength: 1, maxLength: 200 },
            postalCode: { type: ['string', 'null'], pattern: '^[0-9]{5}$' },
            postOffice: nullableString(100),
            validFrom: date,
          },
          required: ['streetAddress', 'validFrom'],
          additionalProperties: false,
        },
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } } },
      },
      handler: async ({ tx, params, body, reply, audit, clock }) => {
        const id = await addAddress(tx, params.id, body);
        await notifier(clock)(tx, { kind: 'address', personIds: [params.id as PersonId], from: body.validFrom });
        audit.objects([id]);
        reply.status(201);
        return { id };
      },
    }),
  ];
}
