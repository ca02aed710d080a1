import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { Training } from '../../data/trainings/types';
import { brusselsDateOf } from '../../domain/dates';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { RegisterPage } from '../registers/RegisterPage';
import { SessionFields } from './SessionFields';
import { useTrainingsRepository } from './useTrainings';

/** Props of {@link SessionForm}. */
export interface SessionFormProps {
  /** The need (or planned session) to give a date; absent: a new session. */
  id?: string;
}

/** HR or Cel GWB plans a session: a new one, or a need (from a resistance evaluation, say) that gets its date. */
export function SessionForm(props: SessionFormProps): React.ReactElement {
  const t = useStrings().trainings;
  const repo = useTrainingsRepository();
  const state = useAsync(
    () => (props.id ? repo.openTraining(props.id).then((o) => ({ me: o.me, training: o.training as Training | null })) : repo.loadOverview(Number(brusselsDateOf(new Date()).slice(0, 4))).then((o) => ({ me: o.me, training: null }))),
    [repo, props.id],
  );
  return (
    <RegisterPage heading={props.id ? t.planNeed : t.newSession} back={{ view: 'opleidingen' }}>
      <AsyncContent state={state}>{(data) => <SessionFields me={data.me} training={data.training} />}</AsyncContent>
    </RegisterPage>
  );
}
