import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { ComplaintRecord, TpiCheckDraft } from '../../data/complaints/ComplaintsRepository';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import { closedWithoutTpiCheck, TPI_CONCLUSIONS, type TpiConclusion } from '../../domain/complaints/tpiCheck';
import type { Membership } from '../../domain/membership';
import { Notice, problemsOf } from '../registers/feedback';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { Details } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { useReloadOnConflict, useSave } from '../registers/useSave';
import { useComplaintsRepository } from './useComplaints';

/** Props of {@link TpiCheckCard}. */
export interface TpiCheckCardProps {
  me: Membership;
  dossier: ComplaintRecord;
  /** Intern Toezicht or the korpsleiding: they record the check. */
  manager: boolean;
  onRecorded(dossier: ComplaintRecord): void;
  onConflict(): void;
}

/**
 * Aandachtspunt 10 on a complaint about the means of force used: who examined the TPI's active part and evaluation,
 * when, and the conclusion. Until it is recorded the dossier cannot be closed (the domain rule, and SharePoint's list
 * validation); a closed dossier without it was closed outside the app and says so.
 */
export function TpiCheckCard(props: TpiCheckCardProps): React.ReactElement {
  const strings = useStrings();
  const tpi = strings.resistance.tpi;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const check = props.dossier.tpiCheck || null;
  const [draft, setDraft] = React.useState<TpiCheckDraft>({ examinedBy: '', examinedOn: brusselsDateOf(new Date()), conclusion: '', notes: '' });
  const [state, save] = useSave((d: TpiCheckDraft) => repo.recordTpiCheck(props.dossier, props.me, d));
  useReloadOnConflict(state, props.onConflict);
  const problems = problemsOf<TpiCheckDraft>(state.status === 'error' ? state.error : null);
  const set = <K extends keyof TpiCheckDraft>(key: K) => (value: TpiCheckDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const outside = closedWithoutTpiCheck({ status: props.dossier.status, themeNumber: props.dossier.themeNumber ?? null, tpiCheck: check });
  return (
    <section className={styles.card} aria-label={tpi.heading}>
      <h3 className={styles.subheading}>{tpi.heading}</h3>
      <p className={styles.muted}>{tpi.intro}</p>
      {outside && (
        <Notice intent="warning" title={strings.registers.complaints.changedOutside}>
          {tpi.closedWithout}
        </Notice>
      )}
      {check ? (
        <Details
          rows={[
            [tpi.examinedBy, check.examinedBy],
            [tpi.examinedOn, formatDateBE(check.examinedOn)],
            [tpi.conclusion, tpi.conclusions[check.conclusion]],
            [tpi.notes, check.notes],
          ]}
        />
      ) : (
        !outside && <Notice intent="warning">{tpi.missing}</Notice>
      )}
      {!check && props.manager && props.dossier.status !== 'Afgesloten' && (
        <form
          className={styles.form}
          noValidate
          aria-label={tpi.record}
          onSubmit={async (ev) => {
            ev.preventDefault();
            const next = await save(draft);
            if (next) props.onRecorded(next);
          }}
        >
          <TextField label={tpi.examinedBy} required value={draft.examinedBy} onChange={set('examinedBy')} problem={problems.examinedBy} />
          <TextField label={tpi.examinedOn} required type="date" value={draft.examinedOn} onChange={set('examinedOn')} problem={problems.examinedOn} />
          <ChoiceField<TpiConclusion>
            className={styles.wide}
            label={tpi.conclusion}
            required
            value={draft.conclusion as TpiConclusion | ''}
            options={TPI_CONCLUSIONS}
            labelOf={(c) => tpi.conclusions[c]}
            onChange={set('conclusion')}
            problem={problems.conclusion}
          />
          <TextField className={styles.wide} label={tpi.notes} multiline rows={3} value={draft.notes} onChange={set('notes')} />
          <FormFooter problems={problems} state={state} submitLabel={tpi.record} busyLabel={tpi.recording} refusals={tpi.refusals} />
        </form>
      )}
    </section>
  );
}
