import { addDays, addWorkingDays } from '../../core/calendar/working-days.ts';
import type { Tx } from '../../core/db/database.ts';
import type { PersonId } from '../../core/ids.ts';
import type { RegisterContext } from '../../core/module.ts';
import { ageOn, applicationDeadlines, childWelfareDeadlines, socialDeadlineParametersOn } from './social-rules.ts';

type Notifier = { notifier_role: string; name: string | null; identity_protected: boolean };

/**
 * A social-work unit with a decided child-welfare notification, incoming notifications still
 * waiting for the decision on an assessment (the worklist), open applications, and an adult
 * client with a plan, a decision, situation data and narrative entries.
 */
export async function seedSocialDemo(tx: Tx, ctx: RegisterContext & { personIds: PersonId[] }): Promise<void> {
  const today = ctx.clock.today();
  const unit = await tx.insertInto('organisation_unit').values({ name: 'Perhe- ja aikuissosiaalityö', kind: 'social_work', register_id: 'social-work' }).returning('id').executeTakeFirstOrThrow();
  const ids = ctx.personIds.length ? ctx.personIds : ['00000000-0000-0000-0000-000000000000'];
  const base = tx.selectFrom('person').select(['id', 'birth_date']).where('id', 'in', ids).where('date_of_death', 'is', null).where('non_disclosure', '=', false).orderBy('id');
  const children = await base.where('birth_date', '>', addDays(today, -17 * 366)).where('birth_date', '<=', addDays(today, -3 * 366)).limit(4).execute();
  const adults = await base.where('birth_date', '<=', addDays(today, -30 * 366)).where('birth_date', '>', addDays(today, -60 * 366)).limit(2).execute();
  const [aged] = await base.where('birth_date', '<=', addDays(today, -76 * 366)).limit(1).execute();

  const client = async (personId: string, area: string, startDate: string) =>
    tx.insertInto('social_client').values({ person_id: personId, unit_id: unit.id, service_area: area, start_date: startDate }).execute();
  const notification = async (personId: string, kind: string, receivedOn: string, summary: string, urgent: boolean, notifier: Notifier) => {
    const n = await tx.insertInto('social_notification').values({ person_id: personId, unit_id: unit.id, kind, received_on: receivedOn, summary, urgent }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('social_notifier').values({ notification_id: n.id, ...notifier }).execute();
    const p = await socialDeadlineParametersOn(tx, receivedOn);
    if (kind !== 'social_care_need') {
      const d = childWelfareDeadlines(p, receivedOn);
      await tx
        .insertInto('social_deadline')
        .values([
          { person_id: personId, notification_id: n.id, kind: 'assessment_start_decision', pending_since: receivedOn, due_on: d.decideBy, parameter_id: p.id },
          { person_id: personId, notification_id: n.id, kind: 'assessment_completion', pending_since: receivedOn, due_on: d.completeBy, parameter_id: p.id },
        ])
        .execute();
    } else {
      await tx
        .insertInto('social_deadline')
        .values({ person_id: personId, notification_id: n.id, kind: 'assessment_start', pending_since: receivedOn, due_on: addWorkingDays(receivedOn, p.assessmentStartWorkingDays), parameter_id: p.id })
        .execute();
    }
    return n.id;
  };
  const application = async (p: { id: string; birth_date: string }, kind: string, receivedOn: string, summary: string, specialSupportChild: boolean) => {
    const params = await socialDeadlineParametersOn(tx, receivedOn);
    const d = applicationDeadlines(params, { receivedOn, age: ageOn(p.birth_date, receivedOn), highestCareAllowance: false, specialSupportChild });
    const a = await tx
      .insertInto('social_application')
      .values({ person_id: p.id, unit_id: unit.id, kind, received_on: receivedOn, summary, special_support_child: specialSupportChild })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = [
      ...(d.startBy ? [{ kind: 'assessment_start', due_on: d.startBy }] : []),
      ...(d.completeBy ? [{ kind: 'assessment_completion', due_on: d.completeBy }] : []),
      { kind: 'processing', due_on: d.processBy },
    ];
    await tx.insertInto('social_deadline').values(rows.map((r) => ({ ...r, person_id: p.id, application_id: a.id, pending_since: receivedOn, parameter_id: params.id }))).execute();
    return a.id;
  };

  // A decided child-welfare notification: the assessment is under way.
  const [decided, incoming, urgentChild, family] = children;
  if (decided) {
    const receivedOn = addDays(today, -20);
    await client(decided.id, 'child_welfare', receivedOn);
    const n = await notification(decided.id, 'child_welfare', receivedOn, 'Koulun ilmoitus poissaoloista.', false, { notifier_role: 'school', name: 'Koulun rehtori', identity_protected: false });
    const decidedOn = addWorkingDays(receivedOn, 5);
    await tx.updateTable('social_deadline').set({ met_on: decidedOn }).where('notification_id', '=', n).where('kind', '=', 'assessment_start_decision').execute();
    await tx.insertInto('social_decision').values({ person_id: decided.id, notification_id: n, kind: 'assessment_start', decided_on: decidedOn, text: 'Palvelutarpeen arviointi aloitetaan.' }).execute();
  }
  // Incoming notifications on the worklist: the decision on an assessment is still to be made.
  if (incoming) {
    const receivedOn = addWorkingDays(today, -5);
    await client(incoming.id, 'child_welfare', receivedOn);
    await notification(incoming.id, 'child_welfare', receivedOn, 'Neuvolan huoli perheen jaksamisesta.', false, { notifier_role: 'health_care', name: 'Neuvolan terveydenhoitaja', identity_protected: false });
  }
  if (urgentChild) {
    const receivedOn = addDays(today, -1);
    await client(urgentChild.id, 'child_welfare', receivedOn);
    await notification(urgentChild.id, 'child_welfare', receivedOn, 'Poliisin ilmoitus kotihälytyksestä.', true, { notifier_role: 'police', name: null, identity_protected: false });
  }
  if (aged) {
    const receivedOn = addDays(today, -3);
    await client(aged.id, 'adult', receivedOn);
    await notification(aged.id, 'social_care_need', receivedOn, 'Naapuri huolissaan yksin asuvan iäkkään pärjäämisestä.', false, { notifier_role: 'private', name: null, identity_protected: true });
  }
  // A family applies for family work for a child who needs special support.
  if (family) {
    const receivedOn = addDays(today, -8);
    await client(family.id, 'family', receivedOn);
    await application(family, 'family_work', receivedOn, 'Perhe toivoo perhetyötä arjen rytmiin.', true);
  }
  const [adult, applicant] = adults;
  if (adult) {
    const start = addDays(today, -90);
    await client(adult.id, 'adult', start);
    const a = await application(adult, 'social_rehabilitation', addDays(today, -88), 'Hakemus sosiaaliseen kuntoutukseen.', false);
    const decidedOn = addDays(today, -70);
    await tx.updateTable('social_application').set({ status: 'decided' }).where('id', '=', a).execute();
    await tx.updateTable('social_deadline').set({ met_on: decidedOn }).where('application_id', '=', a).execute();
    await tx.insertInto('social_decision').values({ person_id: adult.id, application_id: a, kind: 'service_granted', decided_on: decidedOn, text: 'Sosiaalinen kuntoutus myönnetään kolmeksi kuukaudeksi palvelutarpeen arvioinnin perusteella.' }).execute();
    await tx.insertInto('social_client_plan').values({ person_id: adult.id, version: 1, valid_from: addDays(today, -80), goals: 'Työllistyminen.', measures: 'Sosiaalinen kuntoutus.', client_participated: true }).execute();
    await tx.insertInto('social_situation').values({ person_id: adult.id, area: 'economic', recorded_on: addDays(today, -85), text: 'Toimeentulotuen asiakas, vuokrarästejä.' }).execute();
    for (const [k, text] of ['Tapaaminen toimistolla: tilanne kartoitettu.', 'Puhelu: kuntoutus alkanut hyvin.'].entries()) {
      await tx
        .insertInto('social_narrative_entry')
        .values({ person_id: adult.id, unit_id: unit.id, recorded_at: new Date(ctx.clock.now().getTime() - (2 - k) * 7 * 86_400_000), text })
        .execute();
    }
  }
  if (applicant) {
    const receivedOn = addDays(today, -2);
    await client(applicant.id, 'adult', receivedOn);
    await application(applicant, 'home_service', receivedOn, 'Kotipalvelua sairauden ajaksi.', false);
  }
}
