import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { FollowUp, Incident } from '../../data/resistance/types';
import { formatDateBE } from '../../domain/dates';
import type { Membership } from '../../domain/membership';
import { canFollowUp } from '../../domain/resistance';
import { Details } from '../registers/RegisterPage';
import { StatusBadge } from '../registers/StatusBadge';
import { ClockBadge } from './ClockBadge';
import { FollowUpForm } from './FollowUpForm';

/** Props of {@link FollowUpItem}. */
export interface FollowUpItemProps {
  me: Membership;
  incident: Incident;
  followUp: FollowUp;
  onSaved(followUp: FollowUp): void;
  onConflict(): void;
}

/** One member's follow-up: its state and clock, what was recorded, and the form for Cel GWB and HR while it is open. */
export function FollowUpItem(props: FollowUpItemProps): React.ReactElement {
  const r = useStrings().resistance;
  const f = props.followUp;
  const open = f.status === 'Open';
  return (
    <>
      <div>
        <StatusBadge label={r.followUp.status[f.status]} tone={open ? 'waiting' : 'done'} /> {open && f.dueOn && <ClockBadge due={f.dueOn} />}
      </div>
      <Details
        rows={[
          [r.followUp.handler, r.followUp.handlers[f.handler]],
          [r.followUp.firstContactOn, f.firstContactOn ? formatDateBE(f.firstContactOn) : null],
          [r.followUp.contactKind, f.contactKind ? r.followUp.contactKinds[f.contactKind] : null],
          [r.followUp.support, f.support.map((s) => r.followUp.supports[s]).join(', ')],
          [r.followUp.notes, f.notes],
          !open && [r.followUp.closedOn, f.closedOn ? formatDateBE(f.closedOn) : null],
        ]}
      />
      {open && canFollowUp(props.me) && <FollowUpForm key={f.etag} me={props.me} incident={props.incident} followUp={f} onSaved={props.onSaved} onConflict={props.onConflict} />}
    </>
  );
}
