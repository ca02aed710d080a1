import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { FollowUp, Incident } from '../../data/resistance/types';
import type { ResistanceTerms } from '../../domain/resistance';
import { format } from '../../loc';
import { useRegisterStyles } from '../registers/registers.styles';
import { ZoneChoice } from '../settings/ZoneChoice';
import { ClockBadge } from './ClockBadge';
import { incidentRoute } from './routes';

/** Props of {@link OpenClocks}. */
export interface OpenClocksProps {
  evaluations: readonly Incident[];
  followUps: readonly FollowUp[];
  /** The incidents the follow-ups belong to, for their titles (those the user may read). */
  incidents: readonly Incident[];
  /** Whether the user reads the follow-ups (Cel GWB, HR, korpsleiding; not TIWK: support is not oversight). */
  showFollowUps: boolean;
  /** The zone's terms (its settings). */
  terms: ResistanceTerms;
}

/** The open evaluations and follow-ups with their clocks (the zone's terms), each a link to its incident. */
export function OpenClocks(props: OpenClocksProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  const { navigate } = useNavigation();
  const open = (id: string) => (ev: React.MouseEvent): void => {
    ev.preventDefault();
    navigate({ view: 'weerspannigheid', item: incidentRoute(id) });
  };
  const titleOf = (id: string): string => (props.incidents.filter((i) => i.id === id)[0] || { title: `#${id}` }).title;
  return (
    <section className={styles.card} aria-label={r.openWork}>
      <h3 className={styles.subheading}>{r.openWork}</h3>
      <p className={styles.muted}>
        {format(r.termsNote, { evaluation: props.terms.resistanceEvaluationDays, contact: props.terms.resistanceFirstContactDays, followUp: props.terms.resistanceFollowUpDays })}{' '}
        <ZoneChoice />
      </p>
      <h4 className={styles.subheading}>{r.openEvaluations}</h4>
      {props.evaluations.length === 0 ? (
        <p className={styles.muted}>{r.noOpenWork}</p>
      ) : (
        <ul className={styles.list}>
          {props.evaluations.map((i) => (
            <li key={i.id}>
              <Link href="#" onClick={open(i.id)}>
                {i.title}
              </Link>{' '}
              {i.evaluationDue && <ClockBadge due={i.evaluationDue} />}
            </li>
          ))}
        </ul>
      )}
      {props.showFollowUps && (
        <>
          <h4 className={styles.subheading}>{r.openFollowUps}</h4>
          {props.followUps.length === 0 ? (
            <p className={styles.muted}>{r.noOpenWork}</p>
          ) : (
            <ul className={styles.list}>
              {props.followUps.map((f) => (
                <li key={f.id}>
                  <Link href="#" onClick={open(f.incidentId)}>
                    {format(r.followUpOf, { member: f.member.name, incident: titleOf(f.incidentId) })}
                  </Link>{' '}
                  {f.dueOn && <ClockBadge due={f.dueOn} />}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
