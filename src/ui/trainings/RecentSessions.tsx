import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { DilemmaSession } from '../../data/trainings/types';
import { formatDateBE } from '../../domain/dates';
import { format } from '../../loc';
import { useRegisterStyles } from '../registers/registers.styles';

/** Props of {@link RecentSessions}. */
export interface RecentSessionsProps {
  sessions: DilemmaSession[];
}

/** The dilemma sessions recorded lately, with their leader as SharePoint recorded them (the item's author). */
export function RecentSessions(props: RecentSessionsProps): React.ReactElement {
  const strings = useStrings();
  const d = strings.trainings.dilemmas;
  const styles = useRegisterStyles();
  return (
    <section className={styles.section} aria-label={d.recent}>
      <h3 className={styles.subheading}>{d.recent}</h3>
      {props.sessions.length === 0 ? (
        <p className={styles.muted}>{d.noneRecent}</p>
      ) : (
        <ul className={styles.list}>
          {props.sessions.map((s) => (
            <li key={s.id}>
              {format(d.sessionLine, { date: formatDateBE(s.heldOn), dienst: s.dienst || strings.registers.common.none, team: s.team, theme: s.theme, present: s.present })}{' '}
              <span className={styles.muted}>({format(d.leader, { name: s.leader.name })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
