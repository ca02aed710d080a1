import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { GIFT_KINDS, giftFlags } from '../../domain/registers';
import { DIENSTEN } from '../../domain/groups';
import { giftProblems } from '../../domain/registers/drafts';
import type { GiftDraft } from '../../data/registers/RegistersRepository';
import { Notice } from './feedback';
import { FormFooter } from './FormFooter';
import { GiftRulesNotice } from './GiftRulesNotice';
import { ChoiceField, TextField } from './FormFields';
import { RegisterPage } from './RegisterPage';
import { useRegisterStyles } from './registers.styles';
import { SubmitDone } from './SubmitDone';
import { useRegistersRepository } from './useRegisters';
import { useDraft } from './useDraft';
import { useSave } from './useSave';

const EMPTY: GiftDraft = { kind: '', what: '', giver: '', estimatedValue: '', receivedOn: '', whyNotRefused: '', dienst: '' };

/** The gift report (aandachtspunt 1): what could not be refused, flagged when it may never be kept personally. */
export function GiftForm(): React.ReactElement {
  const strings = useStrings();
  const s = strings.registers;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const { navigate } = useNavigation();
  const [state, submit] = useSave((d: GiftDraft) => repo.submitGift(d));
  const { draft, set, problems, attempt } = useDraft<GiftDraft>(() => ({ ...EMPTY, receivedOn: brusselsDateOf(new Date()) }), (x) => giftProblems(x, brusselsDateOf(new Date())), state);
  const flags = draft.kind ? giftFlags({ kind: draft.kind, what: draft.what, whyNotRefused: draft.whyNotRefused }) : [];

  if (state.status === 'done') return (
    <RegisterPage heading={s.gifts.formTitle} back={{ view: 'registers' }}>
      <SubmitDone kind="geschenk" outcome={state.result} message={s.gifts.created} viewLabel={s.gifts.viewReport} />
    </RegisterPage>
  );

  const onSubmit = (ev: React.FormEvent): void => {
    ev.preventDefault();
    if (attempt()) void submit(draft);
  };

  return (
    <RegisterPage heading={s.gifts.formTitle} back={{ view: 'registers' }}>
      <Notice intent="info">{s.gifts.policy}</Notice>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <ChoiceField label={s.gifts.kind} required value={draft.kind} options={GIFT_KINDS} labelOf={(k) => s.gifts.kinds[k]} onChange={set('kind')} problem={problems.kind} />
        <TextField label={s.gifts.what} required hint={s.gifts.whatHint} value={draft.what} onChange={set('what')} problem={problems.what} />
        <TextField label={s.gifts.giver} required value={draft.giver} onChange={set('giver')} problem={problems.giver} />
        <TextField label={s.gifts.value} hint={s.gifts.valueHint} inputMode="decimal" value={draft.estimatedValue} onChange={set('estimatedValue')} problem={problems.estimatedValue} />
        <TextField label={s.gifts.receivedOn} required type="date" value={draft.receivedOn} onChange={set('receivedOn')} problem={problems.receivedOn} />
        <ChoiceField label={s.common.dienst} required value={draft.dienst} options={DIENSTEN} onChange={set('dienst')} problem={problems.dienst} />
        <TextField className={styles.wide} label={s.gifts.whyNotRefused} required multiline value={draft.whyNotRefused} onChange={set('whyNotRefused')} problem={problems.whyNotRefused} />
        {flags.length > 0 && (
          <div className={styles.wide}>
            <GiftRulesNotice flags={flags} />
          </div>
        )}
        <FormFooter problems={problems} state={state} submitLabel={s.common.submit} busyLabel={s.common.submitting} onCancel={() => navigate({ view: 'registers' })} />
      </form>
    </RegisterPage>
  );
}
