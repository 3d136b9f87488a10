// A new version of the client plan (asiakassuunnitelma, SHL 39 §): the shared plan form with
// social work's texts, its "measures" text and its API.
import { useMemo } from 'react';
import { useAuthenticated } from '../../session.tsx';
import { PlanForm as VersionedPlanForm } from '../../components/plan-form.tsx';
import { socialApi, localToday, type ClientPlan } from './api.ts';
import { useSocialTexts } from './i18n.ts';

export function PlanForm({ personId, latest, onSaved }: { personId: string; latest: ClientPlan | null; onSaved: () => void }) {
  const f = useSocialTexts().planForm;
  const { api } = useAuthenticated();
  const social = useMemo(() => socialApi(api.http), [api]);
  return (
    <VersionedPlanForm
      idPrefix="social"
      texts={f}
      second={{ field: 'measures', label: f.measures }}
      latest={latest && { validFrom: latest.validFrom, goals: latest.goals, second: latest.measures }}
      save={(p) => social.writePlan(personId, { validFrom: p.validFrom, goals: p.goals, measures: p.second, clientParticipated: p.clientParticipated })}
      today={localToday}
      onSaved={onSaved}
    />
  );
}
