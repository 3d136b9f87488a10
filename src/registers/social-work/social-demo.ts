import { addDays, addWorkingDays } from '../../core/calendar/working-days.ts';
import type { Tx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { RegisterContext } from '../../core/module.ts';
import { childWelfareDeadlines } from './social-rules.ts';

/** A social-work unit, a child-welfare notification with deadlines and an adult client. */
export async function seedSocialDemo(tx: Tx, ctx: RegisterContext & { personIds: PersonId[] }): Promise<void> {
  const today = ctx.clock.today();
  const unit = await tx.insertInto('organisation_unit').values({ name: 'Perhe- ja aikuissosiaalityö', kind: 'social_work', register_id: 'social-work' }).returning('id').executeTakeFirstOrThrow();
  const ids = ctx.personIds.length ? ctx.personIds : ['00000000-0000-0000-0000-000000000000'];
  const child = await tx.selectFrom('person').select('id').where('id', 'in', ids).where('birth_date', '>', addDays(today, -17 * 366)).orderBy('id').executeTakeFirst();
  const adult = await tx.selectFrom('person').select('id').where('id', 'in', ids).where('birth_date', '<=', addDays(today, -30 * 366)).where('birth_date', '>', addDays(today, -60 * 366)).orderBy('id').executeTakeFirst();
  if (child) {
    const receivedOn = addDays(today, -20);
    await tx.insertInto('social_client').values({ person_id: child.id, unit_id: unit.id, service_area: 'child_welfare', start_date: receivedOn }).execute();
    const n = await tx
      .insertInto('social_notification')
      .values({ person_id: child.id, unit_id: unit.id, kind: 'child_welfare', received_on: receivedOn, summary: 'Koulun ilmoitus poissaoloista.', urgent: false })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('social_notifier').values({ notification_id: n.id, notifier_role: 'school', name: 'Koulun rehtori', identity_protected: false }).execute();
    const d = childWelfareDeadlines(receivedOn);
    await tx
      .insertInto('social_deadline')
      .values([
        { person_id: child.id, notification_id: n.id, kind: 'assessment_start_decision', pending_since: receivedOn, due_on: d.decideBy, met_on: addWorkingDays(receivedOn, 5) },
        { person_id: child.id, notification_id: n.id, kind: 'assessment_completion', pending_since: receivedOn, due_on: d.completeBy },
      ])
      .execute();
    await tx.insertInto('social_decision').values({ person_id: child.id, notification_id: n.id, kind: 'assessment_start', decided_on: addWorkingDays(receivedOn, 5), text: 'Palvelutarpeen arviointi aloitetaan.' }).execute();
  }
  if (adult) {
    await tx.insertInto('social_client').values({ person_id: adult.id, unit_id: unit.id, service_area: 'adult', start_date: addDays(today, -90) }).execute();
    await tx.insertInto('social_client_plan').values({ person_id: adult.id, version: 1, valid_from: addDays(today, -80), goals: 'Työllistyminen.', measures: 'Sosiaalinen kuntoutus.' }).execute();
    await tx.insertInto('social_narrative_entry').values({ person_id: adult.id, unit_id: unit.id, recorded_at: ctx.clock.now(), text: 'Tapaaminen toimistolla.' }).execute();
  }
}
