import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { Incident } from '../../data/resistance/types';
import type { Training } from '../../data/trainings/types';
import { formatDateBE } from '../../domain/dates';
import type { Membership } from '../../domain/membership';
import { canEvaluate, type PersonRef } from '../../domain/resistance';
import { StatusBadge } from '../registers/StatusBadge';
import { Details } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { EvaluationForm } from './EvaluationForm';
import { LessonNeeds } from './LessonNeeds';

/** Props of {@link EvaluationCard}. */
export interface EvaluationCardProps {
  me: Membership;
  incident: Incident;
  tiwk: PersonRef[];
  gwb: PersonRef[];
  needs: Training[];
  onEvaluated(incident: Incident): void;
  onNeeds(needs: Training[]): void;
  onConflict(): void;
}

/** The tactical evaluation: the form for TIWK and Cel GWB while it is open, then its findings and lessons (each can become a training need). */
export function EvaluationCard(props: EvaluationCardProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  const { incident } = props;
  const done = incident.evaluationStatus === 'Geëvalueerd';
  return (
    <>
      <h3 className={styles.subheading}>{r.evaluation.heading}</h3>
      <div>
        <StatusBadge label={r.evaluation.status[incident.evaluationStatus]} tone={done ? 'done' : 'waiting'} />
      </div>
      {!done && canEvaluate(props.me) && <EvaluationForm me={props.me} incident={incident} tiwk={props.tiwk} gwb={props.gwb} onEvaluated={props.onEvaluated} onConflict={props.onConflict} />}
      {!done && !canEvaluate(props.me) && <p className={styles.muted}>{r.evaluation.notYet}</p>}
      {done && (
        <>
          <Details
            rows={[
              [r.evaluation.evaluatedOn, incident.evaluatedOn ? formatDateBE(incident.evaluatedOn) : null],
              [r.evaluation.tiwk, incident.tiwk ? incident.tiwk.name : null],
              [r.evaluation.gwb, incident.gwb ? incident.gwb.name : null],
              [r.evaluation.findings, incident.findings],
            ]}
          />
          <h4 className={styles.subheading}>{r.evaluation.lessons}</h4>
          <LessonNeeds me={props.me} incident={incident} needs={props.needs} onNeeds={props.onNeeds} />
        </>
      )}
    </>
  );
}
