import * as React from 'react';
import { Field } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { DAMAGE_CATEGORIES } from '../../domain/registers';
import { DIENSTEN } from '../../domain/groups';
import { damageProblems } from '../../domain/registers/drafts';
import type { DamageDraft, PhotoUpload } from '../../data/registers/RegistersRepository';
import { Notice } from './feedback';
import { FormFooter } from './FormFooter';
import { ChoiceField, TextField } from './FormFields';
import { RegisterPage } from './RegisterPage';
import { useRegisterStyles } from './registers.styles';
import { SubmitDone } from './SubmitDone';
import { useRegistersRepository } from './useRegisters';
import { useDraft } from './useDraft';
import { useSave } from './useSave';

const EMPTY: DamageDraft = { category: '', what: '', location: '', occurredOn: '', occurredTime: '', object: '', description: '', dienst: '' };

/** The quick damage report to Logistiek (aandachtspunt 3): what, where, when, the vehicle or item, a photo if there is one. */
export function DamageForm(): React.ReactElement {
  const strings = useStrings();
  const s = strings.registers;
  const d = s.damage;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const { navigate } = useNavigation();
  const [photo, setPhoto] = React.useState<PhotoUpload | null>(null);
  const [state, submit] = useSave((x: DamageDraft, p: PhotoUpload | null) => repo.submitDamage(x, p));
  const today = brusselsDateOf(new Date());
  const { draft, set, problems, attempt } = useDraft<DamageDraft>(() => ({ ...EMPTY, occurredOn: today }), (x) => damageProblems(x, today), state);

  if (state.status === 'done') return (
    <RegisterPage heading={d.formTitle} back={{ view: 'registers' }}>
      <SubmitDone
        kind="materiaalschade"
        outcome={state.result}
        message={d.created}
        viewLabel={d.viewReport}
        warning={state.result.status === 'created' && state.result.photoSaved === false ? d.photoNotSaved : undefined}
      />
    </RegisterPage>
  );

  const onSubmit = (ev: React.FormEvent): void => {
    ev.preventDefault();
    if (attempt()) void submit(draft, photo);
  };
  const onPhoto = (ev: React.ChangeEvent<HTMLInputElement>): void => {
    const file = ev.target.files && ev.target.files[0];
    setPhoto(file ? { name: file.name, content: file } : null);
  };

  return (
    <RegisterPage heading={d.formTitle} back={{ view: 'registers' }}>
      <Notice intent="info">{d.policy}</Notice>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <TextField label={d.what} required value={draft.what} onChange={set('what')} problem={problems.what} />
        <ChoiceField label={d.category} required value={draft.category} options={DAMAGE_CATEGORIES} labelOf={(c) => d.categories[c]} onChange={set('category')} problem={problems.category} />
        <TextField label={d.location} required value={draft.location} onChange={set('location')} problem={problems.location} />
        <TextField label={d.object} hint={d.objectHint} value={draft.object} onChange={set('object')} />
        <TextField label={d.occurredOn} required type="date" value={draft.occurredOn} onChange={set('occurredOn')} problem={problems.occurredOn} />
        <TextField label={`${d.occurredTime} (${s.common.optional})`} type="time" value={draft.occurredTime} onChange={set('occurredTime')} problem={problems.occurredTime} />
        <ChoiceField label={s.common.dienst} required value={draft.dienst} options={DIENSTEN} onChange={set('dienst')} problem={problems.dienst} />
        <Field label={`${d.photo} (${s.common.optional})`} hint={d.photoHint}>
          {(fieldProps) => <input {...fieldProps} type="file" accept="image/*" onChange={onPhoto} />}
        </Field>
        <TextField className={styles.wide} label={d.description} required multiline value={draft.description} onChange={set('description')} problem={problems.description} />
        <FormFooter problems={problems} state={state} submitLabel={s.common.submit} busyLabel={s.common.submitting} onCancel={() => navigate({ view: 'registers' })} />
      </form>
    </RegisterPage>
  );
}
