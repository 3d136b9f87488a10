// A new version of the care and service plan: the shared plan form with the elderly services'
// texts, its "services" text and its API.
import { useMemo } from 'react';
import { useAuthenticated } from '../../session.tsx';
import { PlanForm as VersionedPlanForm } from '../../components/plan-form.tsx';
import { elderlyApi, localToday, type ServicePlan } from './api.ts';
import { useElderlyTexts } from './i18n.ts';

export function PlanForm({ personId, latest, onSaved }: { personId: string; latest: ServicePlan | null; onSaved: () => void }) {
  const f = useElderlyTexts().planForm;
  const { api } = useAuthenticated();
  const elderly = useMemo(() => elderlyApi(api.http), [api]);
  return (
    <VersionedPlanForm
      idPrefix="elderly"
      texts={f}
      second={{ field: 'services', label: f.services }}
      latest={latest && { validFrom: latest.validFrom, goals: latest.goals, second: latest.services }}
      save={(p) => elderly.writePlan(personId, { validFrom: p.validFrom, goals: p.goals, services: p.second, clientParticipated: p.clientParticipated })}
      today={localToday}
      onSaved={onSaved}
    />
  );
}
