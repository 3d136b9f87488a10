import { hashPassword } from '../../../core/auth/password.ts';
import { badRequest, conflict, notFoundOrDenied } from '../../../core/http/errors.ts';
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { UUID_PATTERN } from '../../../core/ids.ts';
import { libraryActions } from '../library-access.ts';

// Library rules (käyttösäännöt) of Finnish libraries: a child under 15 gets a card with a
// guardian's written consent. A municipal rule, not a statute.
export const GUARDIAN_CONSENT_BELOW_AGE = 15;

const uuid = { type: 'string', pattern: UUID_PATTERN } as const;
const personParams = { type: 'object', properties: { personId: uuid }, required: ['personId'] } as const;

export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

interface NewPatron {
  personId: string;
  unitId: string;
  cardNumber: string;
  pin: string;
  guardianConsentPersonId?: string | null;
  selfService?: boolean;
}

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
          cardNumber: { type: 'string', pattern: '^[0-9A-Za-z]{4,20}$' },
          pin: { type: 'string', pattern: '^[0-9]{4,8}$' },
          guardianConsentPersonId: { type: ['string', 'null'], pattern: UUID_PATTERN },
          selfService: { type: 'boolean' },
        },
        required: ['personId', 'unitId', 'cardNumber', 'pin'],
        additionalProperties: false,
      },
      response: { 201: { type: 'object', properties: { id: { type: 'string' } } } },
    },
    handler: async ({ tx, body, clock, audit, reply }) => {
      const today = clock.today();
      const person = await tx.selectFrom('person').select(['id', 'birth_date']).where('id', '=', body.personId).executeTakeFirst();
      if (!person) throw notFoundOrDenied();
      audit.persons([person.id]);
      const unit = await tx.selectFrom('organisation_unit').select('register_id').where('id', '=', body.unitId).executeTakeFirst();
      if (unit?.register_id !== 'library') {
        throw badRequest('not_a_library_unit', { fi: 'Yksikkö ei ole kirjasto.', sv: 'Enheten är inte ett bibliotek.', en: 'The unit is not a library.' });
      }
      const minor = ageOn(person.birth_date, today) < GUARDIAN_CONSENT_BELOW_AGE;
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
            fi: `Alle ${GUARDIAN_CONSENT_BELOW_AGE}-vuotiaan kirjastokorttiin tarvitaan huoltajan suostumus.`,
            sv: `Bibliotekskort för barn under ${GUARDIAN_CONSENT_BELOW_AGE} år kräver vårdnadshavarens samtycke.`,
            en: `A library card for a child under ${GUARDIAN_CONSENT_BELOW_AGE} needs a guardian's consent.`,
          });
        }
        audit.persons([guardianId]);
      } else if (body.guardianConsentPersonId) {
        throw badRequest('guardian_consent_not_applicable', {
          fi: 'Täysi-ikäisen tai yli 15-vuotiaan korttiin ei merkitä huoltajan suostumusta.',
          sv: 'Vårdnadshavarens samtycke antecknas inte för kort till personer som fyllt 15 år.',
          en: 'A guardian consent is not recorded for a patron aged 15 or more.',
        });
      }
      const existing = await tx
        .selectFrom('library_patron')
        .select('id')
        .where((eb) => eb.or([eb('card_number', '=', body.cardNumber), eb.and([eb('person_id', '=', person.id), eb('closed_on', 'is', null)])]))
        .executeTakeFirst();
      if (existing) {
        throw conflict('patron_exists', {
          fi: 'Henkilöllä on jo voimassa oleva kirjastokortti tai kortin numero on käytössä.',
          sv: 'Personen har redan ett giltigt bibliotekskort eller kortnumret används.',
          en: 'The person already has a valid library card or the card number is taken.',
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
    summary: "A patron's card, blocks and unpaid fees",
    action: libraryActions.patronRead.name,
    audit: 'LibraryPatronRead',
    datasetId: 'patrons',
    target: ({ params }) => [params.personId],
    schema: { params: personParams },
    handler: async ({ tx, params, clock }) => {
      const p = await tx
        .selectFrom('library_patron')
        .select(['id', 'card_number', 'home_unit_id', 'registered_on', 'closed_on', 'self_service_from', 'guardian_consent_person_id', 'guardian_consent_on'])
        .where('person_id', '=', params.personId)
        .orderBy('registered_on', 'desc')
        .executeTakeFirst();
      if (!p) throw notFoundOrDenied();
      const today = clock.today();
      const blocks = await tx
        .selectFrom('library_patron_block')
        .select(['reason', 'blocked_from', 'blocked_to'])
        .where('patron_id', '=', p.id)
        .where((eb) => eb.or([eb('blocked_to', 'is', null), eb('blocked_to', '>=', today)]))
        .execute();
      const fees = await tx
        .selectFrom('library_fee')
        .select(['id', 'kind', 'amount', 'charged_on'])
        .where('patron_id', '=', p.id)
        .where('paid_on', 'is', null)
        .where('cancelled_on', 'is', null)
        .execute();
      return {
        patron: {
          id: p.id,
          cardNumber: p.card_number,
          homeUnitId: p.home_unit_id,
          registeredOn: p.registered_on,
          closedOn: p.closed_on,
          selfServiceFrom: p.self_service_from,
          guardianConsentOn: p.guardian_consent_on,
          blocks: blocks.map((b) => ({ reason: b.reason, from: b.blocked_from, to: b.blocked_to })),
          unpaidFees: fees.map((f) => ({ id: f.id, kind: f.kind, amount: f.amount, chargedOn: f.charged_on })),
        },
      };
    },
  }),
];
