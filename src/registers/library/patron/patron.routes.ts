import { hashPassword } from '../../../core/auth/password.ts';
import type { Tx } from '../../../core/db/database.ts';
import { ApiError, badRequest, conflict, notFoundOrDenied } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { UUID_PATTERN } from '../../../core/ids.ts';
import { activePatronOfPerson } from '../circulation/circulation.ts';
import { ageOn } from '../circulation/loan-rules.ts';
import { parametersOn, requireParameters } from '../circulation/parameters.ts';
import { libraryActions } from '../library-access.ts';
import { cardNumber, idParams, isoDate, okSchema, pin, uuid } from '../library-schemas.ts';
import { latestPatronIdOfPerson, patronOverview, patronOverviewSchema } from './patron.ts';

interface NewPatron {
  personId: string;
  unitId: string;
  cardNumber: string;
  pin: string;
  guardianConsentPersonId?: string | null;
  selfService?: boolean;
}

const cardTaken = () =>
  conflict('card_number_taken', { fi: 'Kortin numero on jo käytössä.', sv: 'Kortnumret används redan.', en: 'The card number is already in use.' });

async function requireActive(tx: Tx, personId: string, today: string) {
  const p = await activePatronOfPerson(tx, personId, today);
  if (!p) throw notFoundOrDenied();
  return p;
}

export const BLOCK_REASONS = ['unpaid_fees', 'lost_card', 'guardian_request', 'other'] as const;

export const patronRoutes: RouteDefinition[] = [
  defineRoute<NewPatron>({
    method: 'POST',
    url: '/library/patrons',
    summary: 'Register a library patron (kirjastokortti) at a library unit',
    action: libraryActions.patronCreate.name,
    audit: 'LibraryPatronCreate',
    datasetId: 'patrons',
    target: ({ body }) => [body.unitId],
    schema: {
      body: {
        type: 'object',
        properties: {
          personId: uuid,
          unitId: uuid,
          cardNumber,
          pin,
          guardianConsentPersonId: { type: ['string', 'null'], pattern: UUID_PATTERN },
          selfService: { type: 'boolean' },
        },
        required: ['personId', 'unitId', 'cardNumber', 'pin'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
    },
    handler: async ({ tx, body, clock, audit, reply }) => {
      const today = clock.today();
      const person = await tx.selectFrom('person').select(['id', 'birth_date', 'date_of_death']).where('id', '=', body.personId).executeTakeFirst();
      if (!person) throw notFoundOrDenied();
      audit.persons([person.id]);
      if (person.date_of_death) {
        throw badRequest('person_deceased', { fi: 'Henkilö on kuollut.', sv: 'Personen har avlidit.', en: 'The person has died.' });
      }
      const unit = await tx.selectFrom('organisation_unit').select('register_id').where('id', '=', body.unitId).executeTakeFirst();
      if (unit?.register_id !== 'library') {
        throw badRequest('not_a_library_unit', { fi: 'Yksikkö ei ole kirjasto.', sv: 'Enheten är inte ett bibliotek.', en: 'The unit is not a library.' });
      }
      const p = await requireParameters(tx, today);
      const below = p.guardian_consent_below_age;
      const minor = ageOn(person.birth_date, today) < below;
      if (minor) {
        const guardianId = body.guardianConsentPersonId;
        const isGuardian =
          guardianId &&
          (await tx
            .selectFrom('person_relationship')
            .select('id')
            .where('kind', '=', 'guardian')
            .where('person_id', '=', guardianId)
            .where('related_person_id', '=', person.id)
            .where('valid_from', '<=', today)
            .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', today)]))
            .executeTakeFirst());
        if (!isGuardian) {
          throw badRequest('guardian_consent_required', {
            fi: `Alle ${below}-vuotiaan kirjastokorttiin tarvitaan huoltajan suostumus.`,
            sv: `Bibliotekskort för barn under ${below} år kräver vårdnadshavarens samtycke.`,
            en: `A library card for a child under ${below} needs a guardian's consent.`,
          });
        }
        audit.persons([guardianId]);
      } else if (body.guardianConsentPersonId) {
        throw badRequest('guardian_consent_not_applicable', {
          fi: `Vähintään ${below}-vuotiaan korttiin ei merkitä huoltajan suostumusta.`,
          sv: `Vårdnadshavarens samtycke antecknas inte för kort till personer som fyllt ${below} år.`,
          en: `A guardian consent is not recorded for a patron aged ${below} or more.`,
        });
      }
      const existing = await tx
        .selectFrom('library_patron')
        .select(['id', 'card_number'])
        .where((eb) => eb.or([eb('card_number', '=', body.cardNumber), eb.and([eb('person_id', '=', person.id), eb('closed_on', 'is', null)])]))
        .executeTakeFirst();
      if (existing?.card_number === body.cardNumber) throw cardTaken();
      if (existing) {
        throw conflict('patron_exists', {
          fi: 'Henkilöllä on jo voimassa oleva kirjastokortti.',
          sv: 'Personen har redan ett giltigt bibliotekskort.',
          en: 'The person already has a valid library card.',
        });
      }
      const row = await tx
        .insertInto('library_patron')
        .values({
          person_id: person.id,
          home_unit_id: body.unitId,
          card_number: body.cardNumber,
          pin_hash: await hashPassword(body.pin),
          guardian_consent_person_id: minor ? body.guardianConsentPersonId! : null,
          guardian_consent_on: minor ? today : null,
          registered_on: today,
          self_service_from: body.selfService ? today : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      audit.objects([row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<unknown, unknown, { personId: string }>({
    method: 'GET',
    url: '/library/patrons/:personId',
    summary: "A patron's card, bans, unpaid fees, loans, holds and recent self-service entries",
    action: libraryActions.patronRead.name,
    audit: 'LibraryPatronRead',
    datasetId: 'patrons',
    target: ({ params }) => [params.personId],
    schema: { params: idParams('personId'), response: { 200: patronOverviewSchema } },
    handler: async ({ tx, params, clock, audit }) => {
      const patronId = await latestPatronIdOfPerson(tx, params.personId);
      if (!patronId) throw notFoundOrDenied();
      audit.objects([patronId]);
      const today = clock.today();
      const overview = await patronOverview(tx, patronId, today, (await parametersOn(tx, today))?.max_pin_failures ?? null);
      if (overview.patron.guardian) audit.persons([overview.patron.guardian.id]);
      return overview;
    },
  }),
  defineRoute<{ cardNumber?: string; pin?: string; selfService?: boolean; close?: boolean }, unknown, { personId: string }>({
    method: 'PATCH',
    url: '/library/patrons/:personId',
    summary: 'Replace a lost card, set a new PIN (unlocks it), grant or end self-service access, or close the card',
    action: libraryActions.patronUpdate.name,
    audit: 'LibraryPatronUpdate',
    datasetId: 'patrons',
    target: ({ params }) => [params.personId],
    schema: {
      params: idParams('personId'),
      body: {
        type: 'object',
        properties: { cardNumber, pin, selfService: { type: 'boolean' }, close: { type: 'boolean', const: true } },
        additionalProperties: false,
        minProperties: 1,
      },
      response: { 200: okSchema },
    },
    handler: async ({ tx, params, body, clock, audit }) => {
      const today = clock.today();
      const patron = await requireActive(tx, params.personId, today);
      audit.objects([patron.id]);
      if (body.close) {
        const open = await tx
          .selectFrom('library_loan')
          .select('id')
          .where('patron_id', '=', patron.id)
          .where('returned_on', 'is', null)
          .executeTakeFirst();
        const fees = await tx.selectFrom('library_fee').select('id').where('patron_id', '=', patron.id).where('paid_on', 'is', null).where('cancelled_on', 'is', null).executeTakeFirst();
        if (open || fees) {
          throw badRequest('patron_has_loans_or_fees', {
            fi: 'Korttia ei voi lopettaa, kun asiakkaalla on lainoja tai maksamattomia maksuja.',
            sv: 'Kortet kan inte avslutas medan kunden har lån eller obetalda avgifter.',
            en: 'The card cannot be closed while the patron has loans or unpaid fees.',
          });
        }
        await tx.updateTable('library_hold').set({ status: 'cancelled', closed_on: today }).where('patron_id', '=', patron.id).where('status', 'in', ['pending', 'in_transit', 'waiting']).execute();
        await tx.updateTable('library_patron').set({ closed_on: today }).where('id', '=', patron.id).execute();
        return { ok: true };
      }
      if (body.cardNumber && body.cardNumber !== patron.card_number) {
        const taken = await tx.selectFrom('library_patron').select('id').where('card_number', '=', body.cardNumber).executeTakeFirst();
        if (taken) throw cardTaken();
        await tx.updateTable('library_patron').set({ card_number: body.cardNumber }).where('id', '=', patron.id).execute();
      }
      if (body.pin) await tx.updateTable('library_patron').set({ pin_hash: await hashPassword(body.pin), pin_failures: 0 }).where('id', '=', patron.id).execute();
      if (body.selfService !== undefined) {
        await tx
          .updateTable('library_patron')
          .set((eb) => ({ self_service_from: body.selfService ? eb.fn.coalesce('self_service_from', eb.val(today)) : null }))
          .where('id', '=', patron.id)
          .execute();
      }
      return { ok: true };
    },
  }),
  defineRoute<{ reason: (typeof BLOCK_REASONS)[number]; from?: string; to?: string | null }, unknown, { personId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/blocks',
    summary: 'Set a borrowing ban (lainauskielto); only for the reasons the library rules allow',
    action: libraryActions.patronUpdate.name,
    audit: 'LibraryBlockCreate',
    datasetId: 'patrons',
    target: ({ params }) => [params.personId],
    schema: {
      params: idParams('personId'),
      body: {
        type: 'object',
        properties: { reason: { type: 'string', enum: [...BLOCK_REASONS] }, from: isoDate, to: { type: ['string', 'null'], format: 'date' } },
        required: ['reason'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
    },
    handler: async ({ tx, params, body, clock, audit, reply }) => {
      const today = clock.today();
      const patron = await requireActive(tx, params.personId, today);
      const from = body.from ?? today;
      if (body.to && body.to < from) {
        throw badRequest('date_order', { fi: 'Loppupäivä on ennen alkupäivää.', sv: 'Slutdatumet är före startdatumet.', en: 'The end date is before the start date.' });
      }
      const row = await tx.insertInto('library_patron_block').values({ patron_id: patron.id, reason: body.reason, blocked_from: from, blocked_to: body.to ?? null }).returning('id').executeTakeFirstOrThrow();
      audit.objects([patron.id, row.id]);
      reply.status(201);
      return { id: row.id };
    },
  }),
  defineRoute<unknown, unknown, { personId: string; blockId: string }>({
    method: 'POST',
    url: '/library/patrons/:personId/blocks/:blockId/lift',
    summary: 'Lift a borrowing ban',
    action: libraryActions.patronUpdate.name,
    audit: 'LibraryBlockLift',
    datasetId: 'patrons',
    target: ({ params }) => [params.personId],
    schema: { params: idParams('personId', 'blockId'), response: { 200: okSchema } },
    handler: async ({ tx, params, clock, audit }) => {
      const res = await tx
        .updateTable('library_patron_block')
        .set({ lifted_on: clock.today() })
        .where('id', '=', params.blockId)
        .where('lifted_on', 'is', null)
        .where('patron_id', 'in', (eb) => eb.selectFrom('library_patron').select('id').where('person_id', '=', params.personId))
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw notFoundOrDenied();
      audit.objects([params.blockId]);
      return { ok: true };
    },
  }),
  defineRoute<unknown, unknown, { personId: string; feeId: string; action: 'pay' | 'cancel' }>({
    method: 'POST',
    url: '/library/patrons/:personId/fees/:feeId/:action',
    summary: 'Record a fee as paid at the desk, or cancel it (e.g. charged in error)',
    action: libraryActions.feeManage.name,
    audit: 'LibraryFeeUpdate',
    datasetId: 'loans',
    target: ({ params }) => [params.personId],
    schema: {
      params: { type: 'object', properties: { personId: uuid, feeId: uuid, action: { type: 'string', enum: ['pay', 'cancel'] } }, required: ['personId', 'feeId', 'action'] },
      response: { 200: okSchema },
    },
    handler: async ({ tx, params, clock, audit }) => {
      const today = clock.today();
      const res = await tx
        .updateTable('library_fee')
        .set(params.action === 'pay' ? { paid_on: today } : { cancelled_on: today })
        .where('id', '=', params.feeId)
        .where('paid_on', 'is', null)
        .where('cancelled_on', 'is', null)
        .where('patron_id', 'in', (eb) => eb.selectFrom('library_patron').select('id').where('person_id', '=', params.personId))
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) {
        throw new ApiError(404, 'fee_not_found', { fi: 'Avointa maksua ei löytynyt.', sv: 'Ingen öppen avgift hittades.', en: 'No open fee was found.' });
      }
      audit.objects([params.feeId]);
      return { ok: true };
    },
  }),
];
