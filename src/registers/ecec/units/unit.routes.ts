import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest, notFoundOrDenied } from '../../../core/http/errors.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { date, idParams, nullableDate, nullableText, text, uuid } from '../schemas.ts';
import { getUnit, getUnitChildren, insertUnit, listUnits, type NewUnit } from './unit.queries.ts';

const tags = ['ecec'];

export const unitRoutes: RouteDefinition[] = [
  defineRoute<NewUnit>({
    method: 'POST',
    url: '/ecec/units',
    summary: 'Add an ECEC unit (day-care centre, family day-care home, private or voucher unit)',
    tags,
    action: actions.unitManage.name,
    audit: null,
    datasetId: DATASET.providers,
    schema: {
      body: {
        type: 'object',
        properties: {
          name: text(),
          providerType: { type: 'string', enum: ['municipal', 'private_voucher', 'private', 'family_daycare'] },
          providerId: { type: ['string', 'null'], pattern: uuid.pattern },
          capacity: { type: 'number', minimum: 0, maximum: 10000 },
          language: { type: 'string', enum: ['fi', 'sv'] },
          streetAddress: nullableText(),
          postalCode: { type: ['string', 'null'], pattern: '^[0-9]{5}$' },
          postOffice: nullableText(100),
        },
        required: ['name', 'providerType', 'capacity'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, body, reply }) => {
      if (body.providerType !== 'municipal' && !body.providerId) {
        throw badRequest('provider_required', {
          fi: 'Yksityisellä yksiköllä ja perhepäivähoidolla on oltava palveluntuottaja.',
          sv: 'En privat enhet och familjedagvård ska ha en serviceproducent.',
          en: 'A private or family day-care unit needs a provider.',
        });
      }
      if (body.providerId) {
        const p = await tx.selectFrom('ecec_provider').select('id').where('id', '=', body.providerId).executeTakeFirst();
        if (!p) throw badRequest('unknown_provider', { fi: 'Palveluntuottajaa ei ole.', sv: 'Serviceproducenten finns inte.', en: 'No such provider.' });
      }
      const id = await insertUnit(tx, body);
      reply.status(201);
      return { id };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/ecec/units',
    summary: 'ECEC units the user may see',
    tags,
    action: actions.unitList.name,
    audit: null,
    schema: {},
    handler: async ({ tx, allowed }) => {
      const all = await listUnits(tx, null);
      const ok = await allowed(actions.unitRead.name, all.map((u) => u.id));
      return { units: all.filter((u) => ok.has(u.id)) };
    },
  }),
  defineRoute<unknown, unknown, { id: string }>({
    method: 'GET',
    url: '/ecec/units/:id',
    summary: 'An ECEC unit with its groups and current staff contact details',
    tags,
    action: actions.unitRead.name,
    audit: 'EcecUnitRead',
    datasetId: DATASET.contacts,
    target: ({ params }) => [params.id],
    schema: { params: idParams },
    handler: async ({ tx, params, clock }) => {
      const unit = await getUnit(tx, params.id, clock.today());
      if (!unit) throw notFoundOrDenied();
      return { unit };
    },
  }),
  defineRoute<unknown, { date?: string }, { id: string }>({
    method: 'GET',
    url: '/ecec/units/:id/children',
    summary: 'Children placed in the unit on a date (default today)',
    tags,
    action: actions.unitRead.name,
    audit: 'EcecUnitChildrenRead',
    datasetId: DATASET.contacts,
    target: ({ params }) => [params.id],
    schema: { params: idParams, querystring: { type: 'object', properties: { date }, additionalProperties: false } },
    handler: async ({ tx, params, query, clock, audit }) => {
      const children = await getUnitChildren(tx, params.id, query.date ?? clock.today());
      audit.persons(children.map((c) => c.id));
      return { children };
    },
  }),
  defineRoute<{ name: string; startDate: string; endDate?: string | null }, unknown, { id: string }>({
    method: 'POST',
    url: '/ecec/units/:id/groups',
    summary: 'Add a group to a unit',
    tags,
    action: actions.groupManage.name,
    audit: null,
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      body: { type: 'object', properties: { name: text(), startDate: date, endDate: nullableDate }, required: ['name', 'startDate'], additionalProperties: false },
    },
    handler: async ({ tx, params, body, reply }) => {
      const unit = await tx.selectFrom('ecec_unit').select('unit_id').where('unit_id', '=', params.id).executeTakeFirst();
      if (!unit) throw notFoundOrDenied();
      if (body.endDate && body.endDate < body.startDate) throw badRequest('invalid_range', rangeMessage);
      const row = await tx
        .insertInto('ecec_group')
        .values({ unit_id: params.id, name: body.name, start_date: body.startDate, end_date: body.endDate ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<
    { firstName: string; lastName: string; title?: string | null; phone?: string | null; email?: string | null; groupId?: string | null; userId?: string | null; startDate: string; endDate?: string | null },
    unknown,
    { id: string }
  >({
    method: 'POST',
    url: '/ecec/units/:id/staff',
    summary: 'Link a staff member (contact details) to a unit and optionally a group',
    tags,
    action: actions.staffManage.name,
    audit: 'EcecStaffCreate',
    datasetId: DATASET.contacts,
    target: ({ params }) => [params.id],
    schema: {
      params: idParams,
      body: {
        type: 'object',
        properties: {
          firstName: text(),
          lastName: text(),
          title: nullableText(),
          phone: nullableText(50),
          email: { type: ['string', 'null'], format: 'email', maxLength: 200 },
          groupId: { type: ['string', 'null'], pattern: uuid.pattern },
          userId: { type: ['string', 'null'], pattern: uuid.pattern },
          startDate: date,
          endDate: nullableDate,
        },
        required: ['firstName', 'lastName', 'startDate'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, params, body, reply, audit }) => {
      if (body.endDate && body.endDate < body.startDate) throw badRequest('invalid_range', rangeMessage);
      if (body.groupId) {
        const g = await tx.selectFrom('ecec_group').select('id').where('id', '=', body.groupId).where('unit_id', '=', params.id).executeTakeFirst();
        if (!g) throw badRequest('unknown_group', { fi: 'Ryhmä ei kuulu yksikköön.', sv: 'Gruppen hör inte till enheten.', en: 'The group is not in the unit.' });
      }
      const row = await tx
        .insertInto('ecec_staff')
        .values({
          unit_id: params.id,
          group_id: body.groupId ?? null,
          user_id: body.userId ?? null,
          first_name: body.firstName,
          last_name: body.lastName,
          title: body.title ?? null,
          phone: body.phone ?? null,
          email: body.email ?? null,
          start_date: body.startDate,
          end_date: body.endDate ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<{
    kind: 'private' | 'family_daycare';
    name: string;
    businessId?: string | null;
    personId?: string | null;
    phone?: string | null;
    email?: string | null;
    registeredOn?: string | null;
    lastSupervisionDate?: string | null;
    supervisionNotes?: string | null;
    voucherEligible?: boolean;
  }>({
    method: 'POST',
    url: '/ecec/providers',
    summary: 'Add a private provider or a family day-care provider, with supervision data',
    tags,
    action: actions.providerManage.name,
    audit: 'EcecProviderCreate',
    datasetId: DATASET.providers,
    schema: {
      body: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['private', 'family_daycare'] },
          name: text(),
          businessId: { type: ['string', 'null'], pattern: '^[0-9]{7}-[0-9]$' },
          personId: { type: ['string', 'null'], pattern: uuid.pattern },
          phone: nullableText(50),
          email: { type: ['string', 'null'], format: 'email', maxLength: 200 },
          registeredOn: nullableDate,
          lastSupervisionDate: nullableDate,
          supervisionNotes: nullableText(4000),
          voucherEligible: { type: 'boolean' },
        },
        required: ['kind', 'name'],
        additionalProperties: false,
      },
    },
    handler: async ({ tx, body, reply, audit }) => {
      if (body.kind === 'family_daycare' && !body.personId) {
        throw badRequest('person_required', {
          fi: 'Perhepäivähoitaja on henkilö: anna henkilö.',
          sv: 'En familjedagvårdare är en person: ange personen.',
          en: 'A family day-care provider is a person: give the person.',
        });
      }
      const row = await tx
        .insertInto('ecec_provider')
        .values({
          kind: body.kind,
          name: body.name,
          business_id: body.businessId ?? null,
          person_id: body.personId ?? null,
          phone: body.phone ?? null,
          email: body.email ?? null,
          registered_on: body.registeredOn ?? null,
          last_supervision_date: body.lastSupervisionDate ?? null,
          supervision_notes: body.supervisionNotes ?? null,
          voucher_eligible: body.voucherEligible ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (body.personId) audit.persons([body.personId]);
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/ecec/providers',
    summary: 'Private providers and family day-care providers with their units and supervision data',
    tags,
    action: actions.providerRead.name,
    audit: 'EcecProviderList',
    datasetId: DATASET.providers,
    schema: {},
    handler: async ({ tx, audit }) => {
      const providers = await tx
        .selectFrom('ecec_provider as p')
        .select([
          'p.id',
          'p.kind',
          'p.name',
          'p.business_id as businessId',
          'p.person_id as personId',
          'p.phone',
          'p.email',
          'p.registered_on as registeredOn',
          'p.last_supervision_date as lastSupervisionDate',
          'p.supervision_notes as supervisionNotes',
          'p.voucher_eligible as voucherEligible',
        ])
        .orderBy('p.name')
        .execute();
      const units = await tx
        .selectFrom('ecec_unit as e')
        .innerJoin('organisation_unit as o', 'o.id', 'e.unit_id')
        .select(['e.unit_id as id', 'o.name', 'e.provider_id as providerId', 'e.provider_type as providerType', 'e.capacity'])
        .where('e.provider_id', 'is not', null)
        .execute();
      audit.persons(providers.flatMap((p) => (p.personId ? [p.personId] : [])));
      return { providers: providers.map((p) => ({ ...p, units: units.filter((u) => u.providerId === p.id) })) };
    },
  }),
];

const rangeMessage = { fi: 'Alkupäivä on loppupäivän jälkeen.', sv: 'Startdatumet är efter slutdatumet.', en: 'The start date is after the end date.' };
