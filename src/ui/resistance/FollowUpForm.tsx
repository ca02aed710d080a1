import * as React from 'react';
import { Checkbox, Field } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { FollowUp, Incident } from '../../data/resistance/types';
import type { Membership } from '../../domain/membership';
import { CONTACT_KINDS, FOLLOW_UP_HANDLERS, SUPPORT_KINDS, type FollowUpDraft, type SupportKind } from '../../domain/resistance';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useReloadOnConflict, useSave } from '../registers/useSave';
import { useResistanceRepository } from './useResistance';

/** Props of {@link FollowUpForm}. */
export interface FollowUpFormProps {
  me: Membership;
  incident: Incident;
  followUp: FollowUp;
  onSaved(followUp: FollowUp): void;
  onConflict(): void;
}

/** Cel GWB or HR records the contact with a member, the support offered, and concludes the follow-up. */
export function FollowUpForm(props: FollowUpFormProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const f = props.followUp;
  const [draft, setDraft] = React.useState<FollowUpDraft>({
    handler: f.handler,
    firstContactOn: f.firstContactOn || '',
    contactKind: f.contactKind || '',
    support: f.support,
    notes: f.notes,
    close: false,
  });
  const [state, save] = useSave((d: FollowUpDraft) => repo.saveFollowUp(props.me, props.incident, f, d));
  useReloadOnConflict(state, props.onConflict);
  const toggle = (s: SupportKind, on: boolean): void => setDraft((d) => ({ ...d, support: on ? d.support.concat([s]) : d.support.filter((x) => x !== s) }));
  return (
    <form
      className={styles.form}
      noValidate
      aria-label={`${r.followUp.save}: ${f.member.name}`}
      onSubmit={async (ev) => {
        ev.preventDefault();
        const saved = await save(draft);
        if (saved) props.onSaved(saved);
      }}
    >
      <ChoiceField label={r.followUp.handler} required value={draft.handler} options={FOLLOW_UP_HANDLERS} labelOf={(h) => r.followUp.handlers[h]} onChange={(handler) => setDraft((d) => ({ ...d, handler }))} />
      <TextField label={r.followUp.firstContactOn} type="date" value={draft.firstContactOn} onChange={(firstContactOn) => setDraft((d) => ({ ...d, firstContactOn }))} />
      <ChoiceField label={r.followUp.contactKind} value={draft.contactKind} options={CONTACT_KINDS} labelOf={(k) => r.followUp.contactKinds[k]} onChange={(contactKind) => setDraft((d) => ({ ...d, contactKind }))} />
      <Field className={styles.wide} label={r.followUp.support}>
        <div role="group" aria-label={r.followUp.support}>
          {SUPPORT_KINDS.map((s) => (
            <Checkbox key={s} label={r.followUp.supports[s]} checked={draft.support.indexOf(s) >= 0} onChange={(_ev, data) => toggle(s, !!data.checked)} />
          ))}
        </div>
      </Field>
      <TextField className={styles.wide} label={r.followUp.notes} multiline rows={2} value={draft.notes} onChange={(notes) => setDraft((d) => ({ ...d, notes }))} />
      <Checkbox className={styles.wide} label={r.followUp.close} checked={draft.close} onChange={(_ev, data) => setDraft((d) => ({ ...d, close: !!data.checked }))} />
      <FormFooter problems={{}} state={state} submitLabel={r.followUp.save} busyLabel={r.followUp.saving} refusals={r.refusals} />
    </form>
  );
}
