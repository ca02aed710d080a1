import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { Incident } from '../../data/resistance/types';
import type { Training } from '../../data/trainings/types';
import type { Membership } from '../../domain/membership';
import { canRaiseNeeds } from '../../domain/resistance';
import { useRegisterStyles } from '../registers/registers.styles';
import { LessonRow } from './LessonRow';

/** Props of {@link LessonNeeds}. */
export interface LessonNeedsProps {
  me: Membership;
  incident: Incident;
  needs: Training[];
  onNeeds(needs: Training[]): void;
}

/** The lessons of an evaluation and the training needs they became (the need never names the incident or the people). */
export function LessonNeeds(props: LessonNeedsProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  if (!props.incident.lessons.length) return <p className={styles.muted}>{r.evaluation.noLessons}</p>;
  return (
    <>
      {canRaiseNeeds(props.me) && <p className={styles.muted}>{r.evaluation.needHint}</p>}
      <ol className={styles.list}>
        {props.incident.lessons.map((lesson, index) => (
          <LessonRow key={lesson.id} {...props} lesson={lesson} index={index} />
        ))}
      </ol>
    </>
  );
}
