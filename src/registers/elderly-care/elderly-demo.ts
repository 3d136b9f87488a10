import { addDays, addMonths } from '../../core/calendar/working-days.ts';
import type { Tx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { RegisterContext } from '../../core/module.ts';
import { ageOn, arrangeBy, assessmentStartDue, deadlineParametersOn, homeCareFee, homeCareFeeParametersOn, processingDue } from './elderly-rules.ts';
import { runInvoicing } from './elderly-invoice.ts';

const RECORDS = [
  { kind: 'visit', text: 'Aamukäynti: aamupala ja lääkkeet otettu, asiakas pirteä.' },
  { kind: 'observation', text: 'Asiakas kertoi huimauksesta iltapäivällä; verenpaine 128/80.' },
  { kind: 'medication', text: 'Dosetti täytetty viikolle.' },
] as const;

/**
 * A home-care unit and a service-housing unit, a municipal provider, clients aged 75+ with
 * plans, decisions, home-care fees, last month's invoices and care records, and open
 * applications on the coordinator's worklist (two of them from people who are not clients yet).
 */
export async function seedElderlyDemo(tx: Tx, ctx: RegisterContext & { personIds: PersonId[] }): Promise<void> {
  const today = ctx.clock.today();
  const unit = await tx.insertInto('organisation_unit').values({ name: 'Kotihoito', kind: 'home_care', register_id: 'elderly-care' }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('organisation_unit').values({ name: 'Palvelukoti Tammela', kind: 'service_housing', register_id: 'elderly-care' }).execute();
  const provider = await tx.insertInto('elderly_provider').values({ name: 'Kunnan kotihoito', kind: 'municipal', services: ['home_care'] }).returning('id').executeTakeFirstOrThrow();
  const elderly = await tx
    .selectFrom('person')
    .select(['id', 'birth_date'])
    .where('id', 'in', ctx.personIds.length ? ctx.personIds : ['00000000-0000-0000-0000-000000000000'])
    .where('birth_date', '<=', addDays(today, -75 * 366))
    .where('date_of_death', 'is', null)
    .where('non_disclosure', '=', false)
    .orderBy('id')
    .limit(7)
    .execute();
  const clients = elderly.slice(0, 4);
  const applicants = elderly.slice(4);
  for (const [i, p] of clients.entries()) {
    const receivedOn = addDays(today, -60 - i * 7);
    const params = await deadlineParametersOn(tx, receivedOn);
    await tx.insertInto('elderly_client').values({ person_id: p.id, unit_id: unit.id, start_date: addDays(receivedOn, 14) }).execute();
    if (i === 0) {
      await tx.insertInto('elderly_contact_person').values({ client_id: (await tx.selectFrom('elderly_client').select('id').where('person_id', '=', p.id).executeTakeFirstOrThrow()).id, name: 'Omainen Demo', phone: '040 123 4567', relation: 'child' }).execute();
    }
    const app = await tx
      .insertInto('elderly_application')
      .values({
        person_id: p.id,
        kind: 'home_care',
        received_on: receivedOn,
        urgent_statutory: true,
        assessment_start_due: assessmentStartDue(params, { receivedOn, age: ageOn(p.birth_date, receivedOn), highestCareAllowance: false }),
        assessment_started_on: addDays(receivedOn, 3),
        assessment_completed_on: addDays(receivedOn, 8),
        processing_due: processingDue(params, receivedOn),
        deadline_parameter_id: params.id,
        status: 'decided',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const decidedOn = addDays(receivedOn, 10);
    const hours = 10 + i * 5;
    const decision = await tx
      .insertInto('elderly_service_decision')
      .values({
        person_id: p.id,
        application_id: app.id,
        provider_id: provider.id,
        service_type: 'home_care',
        outcome: 'granted',
        decided_on: decidedOn,
        arrange_by: arrangeBy(params, decidedOn),
        starts_on: addDays(decidedOn, 4),
        hours_per_month: hours,
        reasoning: 'Palvelutarpeen arvioinnin mukaan asiakas tarvitsee apua aamu- ja iltatoimissa.',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Two clients have given their income: they get a fee decision and last month's invoice.
    if (i < 2) {
      const fp = await homeCareFeeParametersOn(tx, decidedOn, hours);
      const grossIncome = 1900 + i * 400;
      const f = homeCareFee(fp, { grossIncome, householdSize: 1 });
      await tx
        .insertInto('elderly_fee_decision')
        .values({
          person_id: p.id,
          service_decision_id: decision.id,
          valid_from: decidedOn,
          gross_income: grossIncome,
          household_size: 1,
          service_hours: hours,
          income_limit: f.limit,
          percent: f.percent,
          monthly_fee: f.fee,
          parameter_id: fp.id,
          parameters_unverified: f.unverified,
        })
        .execute();
    }
    await tx
      .insertInto('elderly_service_plan')
      .values({ person_id: p.id, version: 1, valid_from: decidedOn, goals: 'Asuminen kotona turvallisesti.', services: 'Kotihoidon käynnit aamuisin.', client_participated: true })
      .execute();
    for (const [k, r] of RECORDS.entries()) {
      await tx
        .insertInto('elderly_care_record')
        .values({ person_id: p.id, unit_id: unit.id, recorded_at: new Date(ctx.clock.now().getTime() - (RECORDS.length - k) * 86_400_000), kind: r.kind, text: r.text })
        .execute();
    }
  }
  // One client asks for more: an application under assessment whose processing is due soon.
  const more = clients[0];
  if (more) {
    const receivedOn = addDays(today, -10);
    const params = await deadlineParametersOn(tx, receivedOn);
    await tx
      .insertInto('elderly_application')
      .values({
        person_id: more.id,
        kind: 'service_housing',
        received_on: receivedOn,
        urgent_statutory: true,
        assessment_start_due: assessmentStartDue(params, { receivedOn, age: ageOn(more.birth_date, receivedOn), highestCareAllowance: false }),
        assessment_started_on: addDays(receivedOn, 2),
        processing_due: processingDue(params, receivedOn),
        deadline_parameter_id: params.id,
        status: 'assessing',
      })
      .execute();
  }
  // New applicants: the assessment must start within the statutory working days.
  for (const [i, p] of applicants.entries()) {
    const receivedOn = addDays(today, -(2 + i * 4));
    const params = await deadlineParametersOn(tx, receivedOn);
    const due = assessmentStartDue(params, { receivedOn, age: ageOn(p.birth_date, receivedOn), highestCareAllowance: false });
    await tx
      .insertInto('elderly_application')
      .values({
        person_id: p.id,
        kind: i % 2 === 0 ? 'home_care' : 'support_services',
        received_on: receivedOn,
        urgent_statutory: due !== null,
        assessment_start_due: due,
        processing_due: processingDue(params, receivedOn),
        deadline_parameter_id: params.id,
      })
      .execute();
  }
  await runInvoicing(tx, addMonths(today, -1).slice(0, 7), today, null);
}
