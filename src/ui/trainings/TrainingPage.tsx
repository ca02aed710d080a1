import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { Attendance, Training } from '../../data/trainings/types';
import { formatDateBE } from '../../domain/dates';
import { canOrganise } from '../../domain/trainings';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { SaveError } from '../registers/feedback';
import { formatDateTimeBE } from '../registers/formatTime';
import { Details, RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { StatusBadge } from '../registers/StatusBadge';
import { useReloadOnConflict, useSave } from '../registers/useSave';
import { AttendanceCard } from './AttendanceCard';
import { HeldForm } from './HeldForm';
import { planRoute } from './routes';
import { useTrainingsRepository } from './useTrainings';

/** Props of {@link TrainingPage}. */
export interface TrainingPageProps {
  id: string;
}

/** One training: what, when, where, where the need came from; attendance; for HR and Cel GWB planning, holding, cancelling. */
export function TrainingPage(props: TrainingPageProps): React.ReactElement {
  const strings = useStrings();
  const t = strings.trainings;
  const styles = useRegisterStyles();
  const repo = useTrainingsRepository();
  const { navigate } = useNavigation();
  const state = useAsync(() => repo.openTraining(props.id), [repo, props.id]);
  const [training, setTraining] = React.useState<Training | null>(null);
  const [attendance, setAttendance] = React.useState<Attendance[] | null>(null);
  React.useEffect(() => {
    setTraining(null);
    setAttendance(null);
  }, [state.status]);
  const [cancelled, cancel] = useSave((tr: Training, me: Parameters<typeof repo.cancelTraining>[0]) => repo.cancelTraining(me, tr));
  useReloadOnConflict(cancelled, state.reload);
  return (
    <AsyncContent state={state}>
      {(data) => {
        const current = training || data.training;
        const organiser = canOrganise(data.me);
        const open = current.status === 'Behoefte' || current.status === 'Gepland';
        return (
          <RegisterPage heading={current.title} back={{ view: 'opleidingen' }}>
            <div>
              <StatusBadge label={t.statuses[current.status]} tone={current.status === 'Gegeven' ? 'done' : current.status === 'Geannuleerd' ? 'stopped' : 'waiting'} />
            </div>
            <Details
              rows={[
                [t.fields.theme, t.themes[current.theme]],
                [t.fields.dienst, current.dienst || t.wholeCorps],
                [t.fields.when, current.startsAt ? formatDateTimeBE(current.startsAt) : null],
                [t.fields.location, current.location],
                [t.fields.trainer, current.trainer],
                [t.fields.capacity, current.capacity],
                [t.fields.description, current.description],
                current.source !== null && [t.fields.source, t.fields.sourceValue],
                current.status === 'Gegeven' && [t.fields.evaluation, current.evaluation],
                current.heldOn !== null && [t.held, formatDateBE(current.heldOn)],
              ]}
            />
            {organiser && open && (
              <div className={styles.actions}>
                <Button appearance={current.status === 'Behoefte' ? 'primary' : 'secondary'} onClick={() => navigate({ view: 'opleidingen', item: planRoute(current.id) })}>
                  {current.status === 'Behoefte' ? t.planNeed : t.newSession}
                </Button>
                <Button
                  disabled={cancelled.status === 'saving'}
                  onClick={async () => {
                    const next = await cancel(current, data.me);
                    if (next) setTraining(next);
                  }}
                >
                  {t.cancel}
                </Button>
              </div>
            )}
            {cancelled.status === 'error' && <SaveError error={cancelled.error} refusals={t.refusals} />}
            {current.status !== 'Behoefte' && (
              <AttendanceCard me={data.me} training={current} attendance={attendance || data.attendance} staff={data.staff} onChanged={setAttendance} onConflict={state.reload} />
            )}
            {organiser && current.status === 'Gepland' && <HeldForm me={data.me} training={current} onHeld={setTraining} onConflict={state.reload} />}
          </RegisterPage>
        );
      }}
    </AsyncContent>
  );
}
