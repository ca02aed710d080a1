import * as React from 'react';
import { Checkbox, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { Dilemma } from '../../domain/trainings';
import { useRegisterStyles } from '../registers/registers.styles';
import { useDilemmaCardStyles } from './DilemmaCard.styles';

/** Props of {@link DilemmaCard}. */
export interface DilemmaCardProps {
  dilemma: Dilemma;
  checked: boolean;
  onChecked(checked: boolean): void;
}

/** One dilemma to read out in a team meeting, with its questions and a box to tick once it was discussed. */
export function DilemmaCard(props: DilemmaCardProps): React.ReactElement {
  const d = useStrings().trainings.dilemmas;
  const styles = useRegisterStyles();
  const own = useDilemmaCardStyles();
  const headingId = useId('dilemma');
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.subheading}>
        {props.dilemma.id} · {props.dilemma.title}
      </h4>
      <p className={own.situation}>{props.dilemma.situation}</p>
      <h5 className={styles.subheading}>{d.questions}</h5>
      <ol className={own.questions}>
        {props.dilemma.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <Checkbox label={`${d.discussed}: ${props.dilemma.title}`} checked={props.checked} onChange={(_ev, data) => props.onChecked(!!data.checked)} />
    </article>
  );
}
