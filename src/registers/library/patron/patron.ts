// Kirjaston asiakkaan tiedot: what the circulation desk and the person card show of a patron.
import type { ReadTx } from '../../../core/db/database.ts';
import { loansOfPatron, type LoanView, loanViewSchema } from '../circulation/circulation.ts';
import { holdsOfPatron, holdViewSchema, type HoldView } from '../circulation/holds.ts';
import { borrowingBan } from '../circulation/loan-rules.ts';
import { parametersOn } from '../circulation/parameters.ts';

export interface PatronOverview {
  patron: {
    id: string;
    personId: string;
    cardNumber: string;
    homeUnitId: string;
    homeUnitName: string;
    registeredOn: string;
    closedOn: string | null;
    active: boolean;
    selfServiceFrom: string | null;
    guardianConsentOn: string | null;
    guardian: { id: string; firstNames: string; lastName: string } | null;
    /** PIN failures in a row; the PIN locks at the municipal limit until a librarian sets a new one. */
    pinLocked: boolean;
  };
  person: { id: string; firstNames: string; lastName: string; birthDate: string; nonDisclosure: boolean };
  borrowingBan: 'blocked' | 'unpaid_fees' | null;
  blocks: { id: string; reason: string; from: string; to: string | null }[];
  fees: { id: string; kind: string; amount: number; chargedOn: string; title: string | null }[];
  unpaidTotal: number;
  loans: LoanView[];
  holds: HoldView[];
  doorEvents: { id: string; unitName: string; occurredAt: string; outcome: string }[];
}

export const patronOverviewSchema = {
  type: 'object',
  properties: {
    patron: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        personId: { type: 'string' },
        cardNumber: { type: 'string' },
        homeUnitId: { type: 'string' },
        homeUnitName: { type: 'string' },
        registeredOn: { type: 'string' },
        closedOn: { type: ['string', 'null'] },
        active: { type: 'boolean' },
        selfServiceFrom: { type: ['string', 'null'] },
        guardianConsentOn: { type: ['string', 'null'] },
        guardian: {
          anyOf: [{ type: 'null' }, { type: 'object', properties: { id: { type: 'string' }, firstNames: { type: 'string' }, lastName: { type: 'string' } }, required: ['id', 'firstNames', 'lastName'] }],
        },
        pinLocked: { type: 'boolean' },
      },
      required: ['id', 'personId', 'cardNumber', 'homeUnitId', 'homeUnitName', 'registeredOn', 'closedOn', 'active', 'selfServiceFrom', 'guardianConsentOn', 'guardian', 'pinLocked'],
    },
    person: {
      type: 'object',
      properties: { id: { type: 'string' }, firstNames: { type: 'string' }, lastName: { type: 'string' }, birthDate: { type: 'string' }, nonDisclosure: { type: 'boolean' } },
      required: ['id', 'firstNames', 'lastName', 'birthDate', 'nonDisclosure'],
    },
    borrowingBan: { type: ['string', 'null'], enum: ['blocked', 'unpaid_fees', null] },
    blocks: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, reason: { type: 'string' }, from: { type: 'string' }, to: { type: ['string', 'null'] } }, required: ['id', 'reason', 'from', 'to'] },
    },
    fees: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, kind: { type: 'string' }, amount: { type: 'number' }, chargedOn: { type: 'string' }, title: { type: ['string', 'null'] } },
        required: ['id', 'kind', 'amount', 'chargedOn', 'title'],
      },
    },
    unpaidTotal: { type: 'number' },
    loans: { type: 'array', items: loanViewSchema },
    holds: { type: 'array', items: holdViewSchema },
    doorEvents: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, unitName: { type: 'string' }, occurredAt: { type: 'string' }, outcome: { type: 'string' } },
        required: ['id', 'unitName', 'occurredAt', 'outcome'],
      },
    },
  },
  required: ['patron', 'person', 'borrowingBan', 'blocks', 'fees', 'unpaidTotal', 'loans', 'holds', 'doorEvents'],
} as const;

/** How many door events the overview lists; the whole log is in the information request. */
const DOOR_EVENTS_SHOWN = 20;

/** The newest card of a person (a closed one too), or null. */
export async function latestPatronIdOfPerson(db: ReadTx, personId: string): Promise<string | null> {
  const p = await db.selectFrom('library_patron').select('id').where('person_id', '=', personId).orderBy('registered_on', 'desc').orderBy('created_at', 'desc').executeTakeFirst();
  return p?.id ?? null;
}

export async function patronOverview(db: ReadTx, patronId: string, today: string, maxPinFailures: number | null): Promise<PatronOverview> {
  const p = await db
    .selectFrom('library_patron as p')
    .innerJoin('person as pe', 'pe.id', 'p.person_id')
    .innerJoin('organisation_unit as u', 'u.id', 'p.home_unit_id')
    .leftJoin('person as g', 'g.id', 'p.guardian_consent_person_id')
    .select([
      'p.id',
      'p.person_id',
      'p.card_number',
      'p.home_unit_id',
      'u.name as home_unit_name',
      'p.registered_on',
      'p.closed_on',
      'p.self_service_from',
      'p.guardian_consent_on',
      'p.pin_failures',
      'g.id as guardian_id',
      'g.first_names as guardian_first_names',
      'g.last_name as guardian_last_name',
      'pe.first_names',
      'pe.last_name',
      'pe.birth_date',
      'pe.non_disclosure',
    ])
    .where('p.id', '=', patronId)
    .executeTakeFirstOrThrow();
  const params = await parametersOn(db, today);
  const [blocks, fees, loans, holds, doors, ban] = await Promise.all([
    db
      .selectFrom('library_patron_block')
      .select(['id', 'reason', 'blocked_from', 'blocked_to'])
      .where('patron_id', '=', patronId)
      .where('lifted_on', 'is', null)
      .where((eb) => eb.or([eb('blocked_to', 'is', null), eb('blocked_to', '>=', today)]))
      .orderBy('blocked_from')
      .execute(),
    db
      .selectFrom('library_fee as f')
      .leftJoin('library_loan as l', 'l.id', 'f.loan_id')
      .leftJoin('library_item as i', 'i.id', 'l.item_id')
      .leftJoin('library_biblio as b', 'b.id', 'i.biblio_id')
      .select(['f.id', 'f.kind', 'f.amount', 'f.charged_on', 'b.title'])
      .where('f.patron_id', '=', patronId)
      .where('f.paid_on', 'is', null)
      .where('f.cancelled_on', 'is', null)
      .orderBy('f.charged_on')
      .execute(),
    loansOfPatron(db, patronId, today),
    holdsOfPatron(db, patronId),
    db
      .selectFrom('library_door_event as d')
      .innerJoin('organisation_unit as u', 'u.id', 'd.unit_id')
      .select(['d.id', 'u.name', 'd.occurred_at', 'd.outcome'])
      .where('d.patron_id', '=', patronId)
      .orderBy('d.occurred_at', 'desc')
      .limit(DOOR_EVENTS_SHOWN)
      .execute(),
    params ? borrowingBan(db, patronId, today, params) : Promise.resolve(null),
  ]);
  const feeRows = fees.map((f) => ({ id: f.id, kind: f.kind, amount: Number(f.amount), chargedOn: f.charged_on, title: f.title ?? null }));
  return {
    patron: {
      id: p.id,
      personId: p.person_id,
      cardNumber: p.card_number,
      homeUnitId: p.home_unit_id,
      homeUnitName: p.home_unit_name,
      registeredOn: p.registered_on,
      closedOn: p.closed_on,
      active: p.registered_on <= today && (p.closed_on === null || p.closed_on > today),
      selfServiceFrom: p.self_service_from,
      guardianConsentOn: p.guardian_consent_on,
      guardian: p.guardian_id ? { id: p.guardian_id, firstNames: p.guardian_first_names!, lastName: p.guardian_last_name! } : null,
      pinLocked: maxPinFailures !== null && p.pin_failures >= maxPinFailures,
    },
    person: { id: p.person_id, firstNames: p.first_names, lastName: p.last_name, birthDate: p.birth_date, nonDisclosure: p.non_disclosure },
    borrowingBan: ban,
    blocks: blocks.map((b) => ({ id: b.id, reason: b.reason, from: b.blocked_from, to: b.blocked_to })),
    fees: feeRows,
    unpaidTotal: Math.round(feeRows.reduce((s, f) => s + f.amount * 100, 0)) / 100,
    loans,
    holds,
    doorEvents: doors.map((d) => ({ id: d.id, unitName: d.name, occurredAt: d.occurred_at.toISOString(), outcome: d.outcome })),
  };
}
