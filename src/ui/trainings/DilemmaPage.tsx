import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { DilemmaSession } from '../../data/trainings/types';
import { format } from '../../loc';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { ChoiceField } from '../registers/FormFields';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { DilemmaCard } from './DilemmaCard';
import { DilemmaSessionForm } from './DilemmaSessionForm';
import { RecentSessions } from './RecentSessions';
import { TrainingsNav } from './TrainingsNav';
import { useTrainingsRepository } from './useTrainings';

/** A team leader picks an aandachtspunt, runs its dilemmas in a team meeting and records that the session took place. */
export function DilemmaPage(): React.ReactElement {
  const strings = useStrings();
  const t = strings.trainings;
  const d = t.dilemmas;
  const styles = useRegisterStyles();
  const repo = useTrainingsRepository();
  const state = useAsync(() => repo.loadDilemmas(), [repo]);
  const [theme, setTheme] = React.useState('1');
  const [checked, setChecked] = React.useState<string[]>([]);
  const [recorded, setRecorded] = React.useState<DilemmaSession[]>([]);
  return (
    <RegisterPage heading={t.title}>
      <TrainingsNav current="dilemmas" />
      <h3 className={styles.subheading}>{d.heading}</h3>
      <p className={styles.muted}>{d.intro}</p>
      <AsyncContent state={state}>
        {(data) => {
          const number = Number(theme);
          const titleOf = (n: number): string => (data.themes.filter((x) => x.number === n)[0] || { title: '' }).title;
          const shown = data.dilemmas.filter((x) => x.theme === number);
          return (
            <>
              <div className={styles.actions}>
                <ChoiceField
                  label={d.chooseTheme}
                  value={theme}
                  placeholder={false}
                  options={['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']}
                  labelOf={(n) => format(d.themeLabel, { number: n, title: titleOf(Number(n)) })}
                  onChange={(n) => {
                    setTheme(n || '1');
                    setChecked([]);
                  }}
                />
              </div>
              {shown.map((dilemma) => (
                <DilemmaCard
                  key={dilemma.id}
                  dilemma={dilemma}
                  checked={checked.indexOf(dilemma.id) >= 0}
                  onChecked={(on) => setChecked((c) => (on ? c.concat([dilemma.id]) : c.filter((id) => id !== dilemma.id)))}
                />
              ))}
              <DilemmaSessionForm me={data.me} theme={number} dilemmaIds={checked} dilemmas={data.dilemmas} onRecorded={(s) => setRecorded((r) => [s].concat(r))} />
              <RecentSessions sessions={recorded.concat(data.sessions)} />
            </>
          );
        }}
      </AsyncContent>
    </RegisterPage>
  );
}
