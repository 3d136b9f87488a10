// The month's charge (kuukausimaksu, laskutus): one child's month with every step, and a
// unit's or the municipality's month for fee handlers (JSON, CSV or XLSX). Computed on the
// fly from the fee decisions, placements and absences: nothing is stored, so nothing is added
// to the register's findByPerson (the decisions and absences it derives from already are).
import { defineRoute, type RouteDefinition } from '../../../core/http/route.ts';
import { badRequest } from '../../../core/http/errors.ts';
import type { ReadTx } from '../../../core/db/database.ts';
import type { Lang } from '../../../core/i18n.ts';
import { toCsv, toXlsx, type StatisticDefinition } from '../../../core/statistics/statistics.ts';
import { actions } from '../access.ts';
import { DATASET } from '../datasets.ts';
import { uuid } from '../schemas.ts';
import { getMonthlyFeeRule, getMonthlyFees } from './monthly-fee.queries.ts';
import { monthlyFee, monthOperatingDays, type MonthlyFeeRule } from './monthly-fee.ts';

const tags = ['ecec'];
const msg = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const monthPattern = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' } as const;
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const nint = { type: ['integer', 'null'] } as const;

const monthlyFeeSchema = {
  type: 'object',
  properties: {
    month: str,
    operatingDays: int,
    dailyFeeDivisor: int,
    chargedDays: int,
    sickDays: int,
    absentDays: int,
    parts: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          decisionIds: { type: 'array', items: str },
          from: str,
          to: str,
          feeCents: int,
          days: int,
          dailyFeeCents: nint,
          amountCents: int,
          basis: { type: 'string', enum: ['full_month', 'part_month'] },
        },
      },
    },
    grossCents: int,
    steps: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rule: {
            type: 'string',
            enum: ['no_fee_decision', 'free_month', 'full_month', 'part_month', 'parent_leave_days', 'force_majeure_days', 'sick_full_month', 'sick_days_reduced', 'absent_full_month'],
          },
          days: nint,
          changeCents: int,
          resultCents: int,
        },
      },
    },
    chargeCents: int,
  },
} as const;

async function ruleFor(tx: ReadTx, month: string): Promise<MonthlyFeeRule> {
  const rule = await getMonthlyFeeRule(tx, month);
  if (!rule) {
    throw badRequest(
      'no_monthly_fee_rule',
      msg(
        'Kuukaudelle ei ole voimassa olevia laskutussääntöjä (ecec_monthly_fee_rule).',
        'Det finns inga gällande faktureringsregler för månaden (ecec_monthly_fee_rule).',
        'No monthly charging rules are in force for the month (ecec_monthly_fee_rule).',
      ),
    );
  }
  return rule;
}

/** The export's columns, through core's statistics CSV/XLSX writer. */
const exportDefinition: Pick<StatisticDefinition, 'id' | 'names' | 'dimensions' | 'measures'> = {
  id: 'ecec-monthly-fees',
  names: { fi: 'Kuukausimaksut', sv: 'Månadsavgifter', en: 'Monthly fees' },
  dimensions: [
    { id: 'month', names: msg('Kuukausi', 'Månad', 'Month') },
    { id: 'unit', names: msg('Yksikkö', 'Enhet', 'Unit') },
    { id: 'lastName', names: msg('Sukunimi', 'Efternamn', 'Last name') },
    { id: 'firstNames', names: msg('Etunimet', 'Förnamn', 'First names') },
    { id: 'rules', names: msg('Sovelletut säännöt', 'Tillämpade regler', 'Rules applied') },
  ],
  measures: [
    { id: 'chargedDays', names: msg('Laskutetut toimintapäivät', 'Fakturerade verksamhetsdagar', 'Operating days charged') },
    { id: 'sickDays', names: msg('Sairauspäivät', 'Sjukdagar', 'Sick days') },
    { id: 'gross', names: msg('Maksu ennen poissaoloja (€)', 'Avgift före frånvaro (€)', 'Fee before absences (€)') },
    { id: 'charge', names: msg('Laskutettava (€)', 'Att fakturera (€)', 'Charge (€)') },
  ],
};

type ListQuery = { month: string; unitId?: string; format?: 'json' | 'csv' | 'xlsx'; lang?: Lang };

export const monthlyFeeRoutes: RouteDefinition[] = [
  defineRoute<unknown, { month: string }, { childId: string }>({
    method: 'GET',
    url: '/ecec/children/:childId/monthly-fees',
    summary: "A child's charge for a month (kuukausimaksu) from the fee decisions, placement days and absences, with each rule applied",
    tags,
    action: actions.monthlyFeeRead.name,
    audit: 'EcecMonthlyFeeRead',
    datasetId: DATASET.placementsAndFees,
    readOnly: true,
    target: ({ params }) => [params.childId],
    schema: {
      params: { type: 'object', properties: { childId: uuid }, required: ['childId'] },
      querystring: { type: 'object', properties: { month: monthPattern }, required: ['month'], additionalProperties: false },
      response: { 200: monthlyFeeSchema },
    },
    handler: async ({ tx, params, query, audit }) => {
      const rule = await ruleFor(tx, query.month);
      const [row] = await getMonthlyFees(tx, query.month, rule, { childIds: [params.childId] });
      audit.persons([params.childId]);
      audit.objects(row?.fee.parts.flatMap((p) => p.decisionIds) ?? []);
      // Not placed during the month: nothing to charge, shown as such.
      return row?.fee ?? monthlyFee({ month: query.month, operatingDays: monthOperatingDays(query.month), rule, decisions: [], placements: [], absences: [] });
    },
  }),
  defineRoute<unknown, ListQuery>({
    method: 'GET',
    url: '/ecec/monthly-fees',
    summary: "The month's charges of every child placed in a unit (unitId) or in the whole municipality, for fee handlers (JSON, CSV or XLSX)",
    tags,
    action: actions.monthlyFeeList.name,
    audit: 'EcecMonthlyFeeList',
    datasetId: DATASET.placementsAndFees,
    readOnly: true,
    schema: {
      querystring: {
        type: 'object',
        properties: {
          month: monthPattern,
          unitId: uuid,
          format: { type: 'string', enum: ['json', 'csv', 'xlsx'], default: 'json' },
          lang: { type: 'string', enum: ['fi', 'sv', 'en'] },
        },
        required: ['month'],
        additionalProperties: false,
      },
      produces: ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: async ({ tx, query, audit, reply, lang }) => {
      const rule = await ruleFor(tx, query.month);
      const rows = await getMonthlyFees(tx, query.month, rule, { unitId: query.unitId });
      audit.persons(rows.map((r) => r.childId));
      if (query.format === 'csv' || query.format === 'xlsx') {
        const l = query.lang ?? lang;
        const def = exportDefinition as StatisticDefinition;
        const table = rows.map((r) => ({
          dims: { month: query.month, unit: r.unitName, lastName: r.lastName, firstNames: r.firstNames, rules: r.fee.steps.map((s) => s.rule).join(' ') },
          values: { chargedDays: r.fee.chargedDays, sickDays: r.fee.sickDays, gross: r.fee.grossCents / 100, charge: r.fee.chargeCents / 100 },
        }));
        const name = `monthly-fees-${query.month}.${query.format}`;
        if (query.format === 'csv') {
          reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`);
          return toCsv(def, table, l);
        }
        reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${name}"`);
        return toXlsx(def, table, l);
      }
      return {
        month: query.month,
        totalCents: rows.reduce((s, r) => s + r.fee.chargeCents, 0),
        children: rows,
      };
    },
  }),
];
