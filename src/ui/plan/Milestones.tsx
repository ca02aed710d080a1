import * as React from 'react';
import { Button, Caption1, Subtitle1, Subtitle2, Text } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import type { EvaluationInput } from '../../data/plan/types';
import type { PolicyText } from '../../data/policy/types';
import { format } from '../../loc';
import { RichText } from '../policy/RichText';
import { useMilestonesStyles } from './Milestones.styles';

/** Props of {@link Milestones}. */
export interface MilestonesProps {
  milestones: readonly PolicyText[];
  /** The Werkgroep Integriteit's input, by milestone key. */
  inputs: readonly EvaluationInput[];
  /** Whether the user adds input (a member of the werkgroep). */
  canAddInput: boolean;
  onAddInput(milestone: PolicyText): void;
}

/** The plan's timing and evaluation milestones, side by side, each with the werkgroep's input. */
export function Milestones(props: MilestonesProps): React.ReactElement {
  const strings = useStrings().policy;
  const p = strings.plan;
  const w = strings.werkgroep;
  const styles = useMilestonesStyles();
  const phases = [
    { title: p.timingPhase, items: props.milestones.filter((m) => m.section === 'Mijlpaal timing') },
    { title: p.evaluationPhase, items: props.milestones.filter((m) => m.section === 'Mijlpaal evaluatie') },
  ];
  return (
    <section className={styles.root}>
      <Subtitle1 as="h3" className={styles.heading}>
        {p.milestonesHeading}
      </Subtitle1>
      <div className={styles.columns}>
        {phases.map((phase) => (
          <div key={phase.title}>
            <Subtitle2 as="h4" className={styles.phase}>
              {phase.title}
            </Subtitle2>
            <ul className={styles.list}>
              {phase.items.map((m) => {
                const inputs = props.inputs.filter((x) => x.milestoneKey === m.key);
                return (
                  <li key={m.id} className={styles.item}>
                    <Text className={m.detail ? styles.timing : styles.undecided}>{m.detail || p.toBeDecided}</Text>
                    <div className={styles.body}>
                      {/* the text repeats the title and its timing; only a list under it (who evaluates) adds to the title */}
                      {/<li/i.test(m.body) ? <RichText html={m.body} /> : <Text>{m.title}</Text>}
                      {inputs.length > 0 && (
                        <ul className={styles.inputs} aria-label={`${w.inputHeading}: ${m.title}`}>
                          {inputs.map((x) => (
                            <li key={x.id} className={styles.input}>
                              <Text className={styles.inputText}>{x.input}</Text>
                              <Caption1 className={styles.inputBy}>
                                {format(w.inputBy, { name: x.authorName || '', date: formatDateBE(x.meetingDate || x.created) })}
                              </Caption1>
                            </li>
                          ))}
                        </ul>
                      )}
                      {props.canAddInput && (
                        <Button size="small" className={styles.add} aria-label={format(w.addInputLabel, { milestone: m.title })} onClick={() => props.onAddInput(m)}>
                          {w.addInput}
                        </Button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
