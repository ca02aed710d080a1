import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { categoryOf, OPS_INCOMPATIBILITIES, checkIncompatibility, type Kader, type SideActivityKind } from '../../domain/registers';
import { DIENSTEN } from '../../domain/groups';
import { sideActivityProblems } from '../../domain/registers/drafts';
import type { SideActivityDraft } from '../../data/registers/RegistersRepository';
import { format } from '../../loc';
import { Notice } from './feedback';
import { FormFooter } from './FormFooter';
import { ChoiceField, RadioField, TextField } from './FormFields';
import { RegisterPage } from './RegisterPage';
import { useRegisterStyles } from './registers.styles';
import { SubmitDone } from './SubmitDone';
import { useRegistersRepository } from './useRegisters';
import { useDraft } from './useDraft';
import { useSave } from './useSave';

const KINDS: readonly SideActivityKind[] = OPS_INCOMPATIBILITIES.map((inc): SideActivityKind => inc.key).concat(['andere']);
const EMPTY: SideActivityDraft = { kader: '', kind: '', title: '', description: '', organisation: '', startDate: '', endDate: '', hoursPerMonth: '', dienst: '' };

/** The side-activity declaration (aandachtspunt 2), made before the activity starts; Ops incompatibilities flagged at entry. */
export function SideActivityForm(): React.ReactElement {
  const strings = useStrings();
  const s = strings.registers;
  const t = s.sideActivities;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const { navigate } = useNavigation();
  const [state, submit] = useSave((d: SideActivityDraft) => repo.submitSideActivity(d));
  const { draft, set, problems, attempt } = useDraft<SideActivityDraft>(EMPTY, (x) => sideActivityProblems(x, brusselsDateOf(new Date())), state);
  const check = draft.kader === 'Ops' ? checkIncompatibility('Ops', { kind: draft.kind || null, description: `${draft.title} ${draft.description}` }) : null;
  const suspected = check ? check.suspected.filter((m) => m.key !== check.incompatible) : [];

  if (state.status === 'done') return (
    <RegisterPage heading={t.formTitle} back={{ view: 'registers' }}>
      <SubmitDone kind="nevenactiviteit" outcome={state.result} message={draft.kader === 'Ops' ? t.createdOps : t.created} viewLabel={t.viewDeclaration} />
    </RegisterPage>
  );

  const onSubmit = (ev: React.FormEvent): void => {
    ev.preventDefault();
    if (attempt()) void submit(draft);
  };

  return (
    <RegisterPage heading={t.formTitle} back={{ view: 'registers' }}>
      <Notice intent="info">{t.policy}</Notice>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <RadioField<Kader>
          label={t.kader}
          required
          value={draft.kader}
          options={[
            { value: 'Ops', label: t.kaderOps },
            { value: 'CaLog', label: t.kaderCaLog },
          ]}
          onChange={set('kader')}
          problem={problems.kader}
        />
        <ChoiceField label={t.kind} required value={draft.kind} options={KINDS} labelOf={(k) => t.kinds[k]} onChange={set('kind')} problem={problems.kind} />
        <TextField label={t.activity} required value={draft.title} onChange={set('title')} problem={problems.title} />
        <TextField label={t.organisation} value={draft.organisation} onChange={set('organisation')} />
        <TextField className={styles.wide} label={t.description} required multiline value={draft.description} onChange={set('description')} problem={problems.description} />
        {check && check.incompatible && (
          <div className={styles.wide}>
            <Notice intent="error" title={t.incompatibleTitle[categoryOf(check.incompatible)]}>
              {format(t.incompatibleBody, { name: t.kinds[check.incompatible] })}
              {categoryOf(check.incompatible) === 'bijzondereWetgeving' && ` ${t.amongOthers}`}
            </Notice>
          </div>
        )}
        {suspected.length > 0 && (
          <div className={styles.wide}>
            <Notice intent="warning" title={t.suspectedTitle}>
              {format(t.suspectedBody, { names: suspected.map((m) => t.kinds[m.key]).join(', ') })}
            </Notice>
          </div>
        )}
        <TextField label={t.startDate} required hint={t.startHint} type="date" value={draft.startDate} onChange={set('startDate')} problem={problems.startDate} />
        <TextField label={`${t.endDate} (${s.common.optional})`} type="date" value={draft.endDate} onChange={set('endDate')} problem={problems.endDate} />
        <TextField label={t.hoursPerMonth} inputMode="decimal" value={draft.hoursPerMonth} onChange={set('hoursPerMonth')} problem={problems.hoursPerMonth} />
        <ChoiceField label={s.common.dienst} required value={draft.dienst} options={DIENSTEN} onChange={set('dienst')} problem={problems.dienst} />
        <FormFooter problems={problems} state={state} submitLabel={s.common.submit} busyLabel={s.common.submitting} onCancel={() => navigate({ view: 'registers' })} />
      </form>
    </RegisterPage>
  );
}
