import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ProposalOrigin } from '../../domain/proposal/origin';
import type { ProposalStatus } from '../../domain/proposal/statuses';

/** Props of {@link FlowProgress}. */
export interface FlowProgressProps {
  status: ProposalStatus;
  /** Where the proposal comes from: its first phase is the team Q&W or the teamoverleg. */
  origin: ProposalOrigin;
}

type Phase = 'team' | 'diensthoofd' | 'directiecomite' | 'comite' | 'uitvoering' | 'result';

const PHASES: readonly Phase[] = ['team', 'diensthoofd', 'directiecomite', 'comite', 'uitvoering', 'result'];

/** The phase a status belongs to: where the proposal is now. */
const PHASE_OF: Record<ProposalStatus, Phase> = {
  Concept: 'team',
  Teruggestuurd: 'team',
  Ingediend: 'diensthoofd',
  Gevalideerd: 'directiecomite',
  'Op agenda directiecomité': 'directiecomite',
  'Toegewezen aan comité': 'comite',
  'Toegewezen aan uitvoerder': 'uitvoering',
  'In uitvoering': 'uitvoering',
  Afgewezen: 'result',
  Gerealiseerd: 'result',
  'Niet weerhouden': 'result',
};

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  step: {
    display: 'flex',
    alignItems: 'center',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  done: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The phases of the flow as a row of steps: those passed, the one the proposal is in (marked as current), those ahead. */
export function FlowProgress(props: FlowProgressProps): React.ReactElement {
  const strings = useStrings();
  const styles = useStyles();
  const current = PHASES.indexOf(PHASE_OF[props.status]);
  return (
    <ol className={styles.list}>
      {PHASES.map((phase, i) => (
        <li
          key={phase}
          aria-current={i === current ? 'step' : undefined}
          className={mergeClasses(styles.step, i < current && styles.done, i === current && styles.current)}
        >
          <Caption1>{phase === 'team' && props.origin === 'Teamoverleg' ? strings.proposals.phase.teamoverleg : strings.proposals.phase[phase]}</Caption1>
        </li>
      ))}
    </ol>
  );
}
