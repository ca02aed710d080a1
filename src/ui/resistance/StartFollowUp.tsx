import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { FollowUp, Incident } from '../../data/resistance/types';
import { isIn, type Membership } from '../../domain/membership';
import { FOLLOW_UP_HANDLERS, type FollowUpHandler, type PersonRef } from '../../domain/resistance';
import { SaveError } from '../registers/feedback';
import { ChoiceField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useSave } from '../registers/useSave';
import { useResistanceRepository } from './useResistance';

/** Props of {@link StartFollowUp}. */
export interface StartFollowUpProps {
  me: Membership;
  incident: Incident;
  member: PersonRef;
  followUps: FollowUp[];
  onStarted(followUp: FollowUp): void;
}

/** Cel GWB or HR starts the follow-up of a member involved; the member reads it from then on. */
export function StartFollowUp(props: StartFollowUpProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const [handler, setHandler] = React.useState<FollowUpHandler | ''>(isIn(props.me, 'celGWB') ? 'Cel GWB' : 'HR');
  const [state, save] = useSave((h: FollowUpHandler) => repo.startFollowUp(props.me, props.incident, props.member, h, props.followUps));
  return (
    <div className={styles.section}>
      <p className={styles.muted}>{r.followUp.notStarted}</p>
      <div className={styles.actions}>
        <ChoiceField<FollowUpHandler> label={`${r.followUp.handler} (${props.member.name})`} value={handler} options={FOLLOW_UP_HANDLERS} labelOf={(h) => r.followUp.handlers[h]} onChange={setHandler} placeholder={false} />
        <Button
          disabled={state.status === 'saving' || !handler}
          onClick={async () => {
            const started = await save(handler as FollowUpHandler);
            if (started) props.onStarted(started);
          }}
        >
          {r.followUp.start}
        </Button>
      </div>
      {state.status === 'error' && <SaveError error={state.error} refusals={r.refusals} />}
    </div>
  );
}
