import * as React from 'react';
import { Subtitle1, Subtitle2, Text } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { PolicyText } from '../../data/policy/types';
import { RichText } from '../policy/RichText';
import { useMilestonesStyles } from './Milestones.styles';

/** Props of {@link Milestones}. */
export interface MilestonesProps {
  milestones: readonly PolicyText[];
}

/** The plan's timing and evaluation milestones, side by side. */
export function Milestones(props: MilestonesProps): React.ReactElement {
  const strings = useStrings().policy.plan;
  const styles = useMilestonesStyles();
  const phases = [
    { title: strings.timingPhase, items: props.milestones.filter((m) => m.section === 'Mijlpaal timing') },
    { title: strings.evaluationPhase, items: props.milestones.filter((m) => m.section === 'Mijlpaal evaluatie') },
  ];
  return (
    <section className={styles.root}>
      <Subtitle1 as="h3" className={styles.heading}>
        {strings.milestonesHeading}
      </Subtitle1>
      <div className={styles.columns}>
        {phases.map((phase) => (
          <div key={phase.title}>
            <Subtitle2 as="h4" className={styles.phase}>
              {phase.title}
            </Subtitle2>
            <ul className={styles.list}>
              {phase.items.map((m) => (
                <li key={m.id} className={styles.item}>
                  <Text className={m.detail ? styles.timing : styles.undecided}>{m.detail || strings.toBeDecided}</Text>
                  {/* the text repeats the title and its timing; only a list under it (who evaluates) adds to the title */}
                  {/<li/i.test(m.body) ? <RichText html={m.body} /> : <Text>{m.title}</Text>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
