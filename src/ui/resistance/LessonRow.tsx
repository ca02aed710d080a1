import * as React from 'react';
import { Button, Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { canRaiseNeeds, type Lesson } from '../../domain/resistance';
import { TRAINING_THEMES, type TrainingTheme } from '../../domain/trainings';
import { format } from '../../loc';
import { SaveError } from '../registers/feedback';
import { ChoiceField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useSave } from '../registers/useSave';
import { trainingRoute } from '../trainings/routes';
import { useResistanceRepository } from './useResistance';

import type { LessonNeedsProps } from './LessonNeeds';

/** Props of {@link LessonRow}. */
export type LessonRowProps = LessonNeedsProps & { lesson: Lesson; index: number };

/** One lesson: its text and either the training need it became or, for TIWK, Cel GWB and HR, a way to make it one. */
export function LessonRow(props: LessonRowProps): React.ReactElement {
  const strings = useStrings();
  const r = strings.resistance;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const { navigate } = useNavigation();
  const [theme, setTheme] = React.useState<TrainingTheme | ''>('');
  const [state, save] = useSave((t: TrainingTheme | '') => repo.lessonToNeed(props.me, props.incident, props.lesson.id, t, props.needs));
  const need = props.needs.filter((n) => n.source && n.source.lessonId === props.lesson.id)[0];
  return (
    <li className={styles.section}>
      <span>{props.lesson.text}</span>
      {need && (
        <span>
          {format(r.evaluation.needCreated, { title: strings.trainings.themes[need.theme], status: strings.trainings.statuses[need.status] })}{' '}
          <Link
            href="#"
            onClick={(ev) => {
              ev.preventDefault();
              navigate({ view: 'opleidingen', item: trainingRoute(need.id) });
            }}
          >
            {r.evaluation.openNeed}
          </Link>
        </span>
      )}
      {!need && canRaiseNeeds(props.me) && (
        <div className={styles.actions}>
          <ChoiceField<TrainingTheme>
            label={`${r.evaluation.needTheme} (${format(r.evaluation.lessonLabel, { n: props.index + 1 })})`}
            value={theme}
            options={TRAINING_THEMES}
            labelOf={(t) => strings.trainings.themes[t]}
            onChange={setTheme}
          />
          <Button
            disabled={state.status === 'saving'}
            onClick={async () => {
              const created = await save(theme);
              if (created) props.onNeeds(props.needs.concat([created]));
            }}
          >
            {r.evaluation.toNeed}
          </Button>
        </div>
      )}
      {state.status === 'error' && <SaveError error={state.error} refusals={r.refusals} />}
    </li>
  );
}
