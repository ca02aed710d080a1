import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { GIFT_DECISIONS, giftFlags, HANDLING_STATUSES, type GiftDecision, type HandlingStatus } from '../../domain/registers';
import { isIn } from '../../domain/membership';
import type { GiftHandling, GiftRecord } from '../../data/registers/RegistersRepository';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { FormFooter } from './FormFooter';
import { GiftRulesNotice } from './GiftRulesNotice';
import { ChoiceField, TextField } from './FormFields';
import { Details, RegisterPage } from './RegisterPage';
import { useRegisterStyles } from './registers.styles';
import { StatusBadge } from './StatusBadge';
import { useRegistersRepository } from './useRegisters';
import { useReloadOnConflict, useSave } from './useSave';

/** Props of {@link GiftDetail}. */
export interface GiftDetailProps {
  id: string;
}

/** One gift report: what the reporter declared and, for Intern Toezicht, the handling and what happened to the gift. */
export function GiftDetail(props: GiftDetailProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.registers;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const state = useAsync(() => repo.loadGift(props.id), [repo, props.id]);
  const [gift, setGift] = React.useState<GiftRecord | null>(null);
  const loaded = state.status === 'ready' ? state.data.gift : null;
  React.useEffect(() => setGift(loaded), [loaded]);
  const [handling, setHandling] = React.useState<GiftHandling>({ status: 'Gemeld', decision: null, notes: '' });
  React.useEffect(() => {
    if (gift) setHandling({ status: gift.status, decision: gift.decision, notes: gift.handlingNotes || '' });
  }, [gift && gift.etag]);
  const [saved, save] = useSave((g: GiftRecord, h: GiftHandling) => repo.handleGift(g, h));
  useReloadOnConflict(saved, state.reload);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  const current = gift || state.data.gift;
  const flags = giftFlags(current);
  const handles = isIn(state.data.me, 'internToezicht');

  const onSave = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    const next = await save(current, handling);
    if (next) setGift(next);
  };

  return (
    <RegisterPage heading={current.what} back={{ view: 'registers' }}>
      <GiftRulesNotice flags={flags} />
      <Details
        rows={[
          [s.common.status, <StatusBadge key="s" status={current.status} label={s.common.handlingStatus[current.status]} />],
          [s.gifts.kind, s.gifts.kinds[current.kind]],
          [s.gifts.giver, current.giver],
          [s.gifts.value, current.estimatedValue === null ? null : format(s.common.euro, { amount: current.estimatedValue.toFixed(2).replace('.', ',') })],
          [s.gifts.receivedOn, formatDateBE(current.receivedOn)],
          [s.gifts.whyNotRefused, current.whyNotRefused],
          [s.common.dienst, current.dienst],
          [s.common.reportedBy, current.reporter.name],
          [s.common.reportedOn, formatDateBE(current.reportedAt)],
          [s.gifts.decision, current.decision ? s.gifts.decisions[current.decision] : null],
          [s.gifts.handlingNotes, current.handlingNotes],
        ]}
      />
      {handles && (
        <form className={styles.card} onSubmit={onSave} aria-label={s.gifts.handlingTitle}>
          <h3 className={styles.subheading}>{s.gifts.handlingTitle}</h3>
          <div className={styles.form}>
            <ChoiceField<HandlingStatus>
              label={s.common.status}
              value={handling.status}
              options={HANDLING_STATUSES}
              placeholder={false}
              labelOf={(v) => s.common.handlingStatus[v]}
              onChange={(v) => v && setHandling((h) => ({ ...h, status: v }))}
            />
            <ChoiceField<GiftDecision>
              label={s.gifts.decision}
              value={handling.decision || ''}
              options={GIFT_DECISIONS}
              labelOf={(v) => s.gifts.decisions[v]}
              onChange={(v) => setHandling((h) => ({ ...h, decision: v || null }))}
            />
            <TextField className={styles.wide} label={s.gifts.handlingNotes} multiline value={handling.notes} onChange={(v) => setHandling((h) => ({ ...h, notes: v }))} />
          </div>
          <FormFooter problems={{}} state={saved} submitLabel={s.common.save} busyLabel={s.common.saving} refusals={{ neverAccepted: s.gifts.neverAccepted, neverAcceptPersonally: s.gifts.neverAcceptPersonally }} confirm />
        </form>
      )}
    </RegisterPage>
  );
}
