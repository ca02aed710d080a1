import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { FollowUp, Incident } from '../../data/resistance/types';
import type { Membership } from '../../domain/membership';
import { canFollowUp } from '../../domain/resistance';
import { useRegisterStyles } from '../registers/registers.styles';
import { FollowUpItem } from './FollowUpItem';
import { StartFollowUp } from './StartFollowUp';

/** Props of {@link FollowUpsCard}. */
export interface FollowUpsCardProps {
  me: Membership;
  incident: Incident;
  followUps: FollowUp[];
  onChanged(followUps: FollowUp[]): void;
  onConflict(): void;
}

/**
 * The follow-up of the members involved. Cel GWB and HR see every member, start and keep each one's follow-up; a
 * member sees only their own (SharePoint gives them no other), the korpsleiding reads them.
 */
export function FollowUpsCard(props: FollowUpsCardProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  const supporter = canFollowUp(props.me);
  const replace = (next: FollowUp): void => props.onChanged(props.followUps.map((f) => (f.id === next.id ? next : f)));
  const members = supporter ? props.incident.members : props.incident.members.filter((m) => props.followUps.some((f) => f.member.id === m.id));
  return (
    <>
      <h3 className={styles.subheading}>{r.followUp.heading}</h3>
      <p className={styles.muted}>{r.followUp.intro}</p>
      {members.length === 0 && <p className={styles.muted}>{r.followUp.notStarted}</p>}
      {members.map((member) => {
        const followUp = props.followUps.filter((f) => f.member.id === member.id)[0];
        return (
          <div key={member.id} className={styles.section}>
            <h4 className={styles.subheading}>{member.id === String(props.me.userId) ? r.followUp.yours : member.name}</h4>
            {followUp ? (
              <FollowUpItem me={props.me} incident={props.incident} followUp={followUp} onSaved={replace} onConflict={props.onConflict} />
            ) : (
              <StartFollowUp me={props.me} incident={props.incident} member={member} followUps={props.followUps} onStarted={(f) => props.onChanged(props.followUps.concat([f]))} />
            )}
          </div>
        );
      })}
    </>
  );
}
