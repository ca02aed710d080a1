import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { FollowUp, Incident } from '../../data/resistance/types';
import type { Training } from '../../data/trainings/types';
import { formatDateBE } from '../../domain/dates';
import { formatDateTimeBE } from '../registers/formatTime';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { Notice } from '../registers/feedback';
import { Details, RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { EvaluationCard } from './EvaluationCard';
import { FollowUpsCard } from './FollowUpsCard';
import { useResistanceRepository } from './useResistance';

/** Props of {@link IncidentPage}. */
export interface IncidentPageProps {
  id: string;
}

/** One incident: the facts, the tactical evaluation with its lessons, the follow-up of each member involved. */
export function IncidentPage(props: IncidentPageProps): React.ReactElement {
  const strings = useStrings();
  const r = strings.resistance;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const state = useAsync(() => repo.openIncident(props.id), [repo, props.id]);
  // what changed since the load (an evaluation, a follow-up, a need), kept until the next load
  const [incident, setIncident] = React.useState<Incident | null>(null);
  const [followUps, setFollowUps] = React.useState<FollowUp[] | null>(null);
  const [needs, setNeeds] = React.useState<Training[] | null>(null);
  React.useEffect(() => {
    setIncident(null);
    setFollowUps(null);
    setNeeds(null);
  }, [state.status]);
  return (
    <AsyncContent state={state}>
      {(data) => {
        const current = incident || data.incident;
        const shownFollowUps = followUps || data.followUps;
        return (
          <RegisterPage heading={current.title} back={{ view: 'weerspannigheid' }}>
            <Notice intent="info">{r.confidential}</Notice>
            <Details
              rows={[
                [r.fields.occurredOn, current.occurredAt ? formatDateTimeBE(current.occurredAt) : formatDateBE(current.occurredOn)],
                [r.fields.place, current.place],
                [strings.registers.common.dienst, current.dienst],
                [r.fields.members, current.members.map((m) => m.name).join(', ')],
                [r.fields.kind, r.kinds[current.kind]],
                current.kind === 'Gewapend' && [r.fields.weapon, current.weapon],
                [r.fields.injuries, r.injuries[current.injuries]],
                !!current.injuryNotes && [r.fields.injuryNotes, current.injuryNotes],
                [r.fields.facts, current.facts],
                [r.fields.pvReference, current.pvReference],
                [r.fields.bodycamRefs, current.bodycamRefs.join('\n')],
                [r.fields.registeredBy, current.registeredBy.name],
              ]}
            />
            <section className={styles.card} aria-label={r.evaluation.heading}>
              <EvaluationCard me={data.me} incident={current} tiwk={data.tiwk} gwb={data.gwb} needs={needs || data.needs} onEvaluated={setIncident} onNeeds={setNeeds} onConflict={state.reload} />
            </section>
            <section className={styles.card} aria-label={r.followUp.heading}>
              <FollowUpsCard me={data.me} incident={current} followUps={shownFollowUps} onChanged={setFollowUps} onConflict={state.reload} />
            </section>
          </RegisterPage>
        );
      }}
    </AsyncContent>
  );
}
