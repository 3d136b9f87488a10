import { addDays } from '../../core/calendar/working-days.ts';
import type { Tx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { RegisterContext } from '../../core/module.ts';
import { arrangeBy, assessmentStartDue } from './elderly-rules.ts';

/** A home-care unit, a municipal provider and a few clients aged 75+ with plans and decisions. */
export async function seedElderlyDemo(tx: Tx, ctx: RegisterContext & { personIds: PersonId[] }): Promise<void> {
  const today = ctx.clock.today();
  const unit = await tx.insertInto('organisation_unit').values({ name: 'Kotihoito', kind: 'home_care', register_id: 'elderly-care' }).returning('id').executeTakeFirstOrThrow();
  const provider = await tx.insertInto('elderly_provider').values({ name: 'Kunnan kotihoito', kind: 'municipal', services: ['home_care'] }).returning('id').executeTakeFirstOrThrow();
  const elderly = await tx
    .selectFrom('person')
    .select('id')
    .where('id', 'in', ctx.personIds.length ? ctx.personIds : ['00000000-0000-0000-0000-000000000000'])
    .where('birth_date', '<=', addDays(today, -75 * 366))
    .where('date_of_death', 'is', null)
    .orderBy('id')
    .limit(4)
    .execute();
  for (const [i, p] of elderly.entries()) {
    const receivedOn = addDays(today, -60 - i * 7);
    await tx.insertInto('elderly_client').values({ person_id: p.id, unit_id: unit.id, start_date: addDays(receivedOn, 14) }).execute();
    const due = assessmentStartDue({ receivedOn, age: 80, highestCareAllowance: false });
    const app = await tx
      .insertInto('elderly_application')
      .values({ person_id: p.id, kind: 'home_care', received_on: receivedOn, urgent_statutory: true, assessment_start_due: due, assessment_started_on: addDays(receivedOn, 3), status: 'decided' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const decidedOn = addDays(receivedOn, 10);
    await tx
      .insertInto('elderly_service_decision')
      .values({ person_id: p.id, application_id: app.id, provider_id: provider.id, service_type: 'home_care', outcome: 'granted', decided_on: decidedOn, arrange_by: arrangeBy(decidedOn), starts_on: addDays(decidedOn, 4), hours_per_month: 10 + i * 5 })
      .execute();
    await tx
      .insertInto('elderly_service_plan')
      .values({ person_id: p.id, version: 1, valid_from: decidedOn, goals: 'Asuminen kotona turvallisesti.', services: 'Kotihoidon käynnit aamuisin.', client_participated: true })
      .execute();
  }
}
