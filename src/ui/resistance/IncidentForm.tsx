import * as React from 'react';
import { Field } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { DIENSTEN } from '../../domain/groups';
import { INJURY_KINDS, incidentProblems, RESISTANCE_KINDS, type IncidentDraft } from '../../domain/resistance';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { PeoplePicker } from '../complaints/PeoplePicker';
import { Notice } from '../registers/feedback';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, RadioField, TextField } from '../registers/FormFields';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { useDraft } from '../registers/useDraft';
import { useSave } from '../registers/useSave';
import { incidentRoute } from './routes';
import { useResistanceRepository } from './useResistance';

const EMPTY: IncidentDraft = {
  title: '',
  occurredOn: '',
  occurredTime: '',
  place: '',
  dienst: '',
  members: [],
  kind: '',
  weapon: '',
  injuries: '',
  injuryNotes: '',
  facts: '',
  pvReference: '',
  bodycamRefs: '',
};

/** TIWK or Cel GWB registers an incident of resistance; it is confidential from its first moment. */
export function IncidentForm(): React.ReactElement {
  const strings = useStrings();
  const r = strings.resistance;
  const common = strings.registers.common;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const { navigate } = useNavigation();
  const staff = useAsync(() => repo.loadStaff(), [repo]);
  const today = brusselsDateOf(new Date());
  const [state, save] = useSave((me: Parameters<typeof repo.register>[0], d: IncidentDraft) => repo.register(me, d));
  const { draft, setDraft, set, problems, attempt } = useDraft<IncidentDraft>({ ...EMPTY, occurredOn: today }, (x) => incidentProblems(x, today), state);
  const back = { view: 'weerspannigheid' as const };

  return (
    <RegisterPage heading={r.newIncident} back={back}>
      <Notice intent="info">{r.confidential}</Notice>
      <AsyncContent state={staff}>
        {(data) => (
          <form
            className={styles.form}
            noValidate
            onSubmit={async (ev) => {
              ev.preventDefault();
              if (!attempt()) return;
              const created = await save(data.me, draft);
              if (created) navigate({ view: 'weerspannigheid', item: incidentRoute(created.id) });
            }}
          >
            <TextField className={styles.wide} label={r.fields.title} required value={draft.title} onChange={set('title')} problem={problems.title} />
            <TextField label={r.fields.occurredOn} required type="date" value={draft.occurredOn} onChange={set('occurredOn')} problem={problems.occurredOn} />
            <TextField label={`${r.fields.occurredTime} (${common.optional})`} type="time" value={draft.occurredTime} onChange={set('occurredTime')} problem={problems.occurredTime} />
            <TextField label={r.fields.place} required value={draft.place} onChange={set('place')} problem={problems.place} />
            <ChoiceField label={common.dienst} required value={draft.dienst} options={DIENSTEN} onChange={set('dienst')} problem={problems.dienst} />
            <Field
              className={styles.wide}
              label={r.fields.members}
              hint={r.fields.membersHint}
              required
              validationState={problems.members ? 'error' : 'none'}
              validationMessage={problems.members ? common.problems[problems.members] : undefined}
            >
              <PeoplePicker label={r.fields.members} people={data.staff} value={draft.members} onChange={(members) => setDraft((d) => ({ ...d, members }))} />
            </Field>
            <RadioField label={r.fields.kind} required value={draft.kind} options={RESISTANCE_KINDS.map((k) => ({ value: k, label: r.kinds[k] }))} onChange={set('kind')} problem={problems.kind} />
            {draft.kind === 'Gewapend' && <TextField label={r.fields.weapon} required value={draft.weapon} onChange={set('weapon')} problem={problems.weapon} />}
            <ChoiceField label={r.fields.injuries} required value={draft.injuries} options={INJURY_KINDS} labelOf={(k) => r.injuries[k]} onChange={set('injuries')} problem={problems.injuries} />
            <TextField className={styles.wide} label={`${r.fields.injuryNotes} (${common.optional})`} multiline rows={2} value={draft.injuryNotes} onChange={set('injuryNotes')} />
            <TextField className={styles.wide} label={r.fields.facts} required multiline value={draft.facts} onChange={set('facts')} problem={problems.facts} />
            <TextField label={`${r.fields.pvReference} (${common.optional})`} value={draft.pvReference} onChange={set('pvReference')} />
            <TextField label={`${r.fields.bodycamRefs} (${common.optional})`} hint={r.fields.bodycamHint} multiline rows={2} value={draft.bodycamRefs} onChange={set('bodycamRefs')} />
            <FormFooter problems={problems} state={state} submitLabel={r.register} busyLabel={r.registering} refusals={r.refusals} onCancel={() => navigate(back)} />
          </form>
        )}
      </AsyncContent>
    </RegisterPage>
  );
}
