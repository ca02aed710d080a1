import * as React from 'react';
import { Button, Select, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { DIENSTEN, type Dienst } from '../../domain/groups';
import { canOrganise, trainingPlan } from '../../domain/trainings';
import { format } from '../../loc';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { YearSelect } from '../registers/YearSelect';
import { PlanTable } from './PlanTable';
import { NEW_SESSION_ROUTE } from './routes';
import { SessionList } from './SessionList';
import { TrainingsNav } from './TrainingsNav';
import { useTrainingsRepository } from './useTrainings';

/** The opleidingsplan of a year per dienst (or the whole corps), the user's own trainings, every session and need. */
export function TrainingsOverview(): React.ReactElement {
  const t = useStrings().trainings;
  const styles = useRegisterStyles();
  const repo = useTrainingsRepository();
  const { navigate } = useNavigation();
  const thisYear = Number(brusselsDateOf(new Date()).slice(0, 4));
  const [year, setYear] = React.useState(thisYear);
  const [dienst, setDienst] = React.useState<Dienst | ''>('');
  const dienstId = useId('dienst');
  const state = useAsync(() => repo.loadOverview(year), [repo, year]);
  return (
    <RegisterPage heading={t.title}>
      <TrainingsNav current="plan" />
      <p className={styles.muted}>{t.intro}</p>
      <div className={styles.actions}>
        <YearSelect label={t.year} value={year} latest={thisYear + 1} count={5} onChange={setYear} />
        <label htmlFor={dienstId} className={styles.visuallyHidden}>
          {t.dienst}
        </label>
        <Select id={dienstId} value={dienst} onChange={(_ev, data) => setDienst(data.value as Dienst | '')}>
          <option value="">{t.wholeCorps}</option>
          {DIENSTEN.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </Select>
      </div>
      <AsyncContent state={state}>
        {(data) => {
          const shown = data.trainings.filter((tr) => !dienst || tr.dienst === null || tr.dienst === dienst);
          const plan = trainingPlan(
            data.trainings.map((tr) => ({ theme: tr.theme, status: tr.status, dienst: tr.dienst, year: tr.year })),
            year,
            dienst || null,
          );
          const mineIds = data.mine.map((a) => a.trainingId);
          const attendance: { [id: string]: string } = {};
          data.mine.forEach((a) => (attendance[a.trainingId] = t.attendanceKinds[a.attendance]));
          return (
            <>
              <section className={styles.section} aria-label={t.mine}>
                <h3 className={styles.subheading}>{t.mine}</h3>
                <SessionList caption={t.mine} trainings={data.trainings.filter((tr) => mineIds.indexOf(tr.id) >= 0)} empty={t.noneMine} attendance={attendance} />
              </section>
              <section className={styles.section} aria-label={format(t.planHeading, { year })}>
                <h3 className={styles.subheading}>{format(t.planHeading, { year })}</h3>
                <PlanTable rows={plan} />
              </section>
              <section className={styles.section} aria-label={t.sessions}>
                <h3 className={styles.subheading}>{t.sessions}</h3>
                {canOrganise(data.me) && (
                  <div className={styles.actions}>
                    <Button appearance="primary" onClick={() => navigate({ view: 'opleidingen', item: NEW_SESSION_ROUTE })}>
                      {t.newSession}
                    </Button>
                  </div>
                )}
                <SessionList caption={t.sessions} trainings={shown} empty={t.noSessions} />
              </section>
            </>
          );
        }}
      </AsyncContent>
    </RegisterPage>
  );
}
