import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { format } from '../../loc';
import { AsyncContent } from '../common/Status';
import { Breakdown } from './Breakdown';
import { useAsync } from '../common/useAsync';
import { ChoiceField } from '../registers/FormFields';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { ZoneChoice } from '../settings/ZoneChoice';
import { meldenItems } from './routes';
import { useMelden } from './useMelden';

/** Props of {@link FiguresPage}. */
export interface FiguresPageProps {
  year: number | null;
}

/** The contacts' annual figures for the annual report: counts per kind, status, outcome and timeliness; small counts hidden. */
export function FiguresPage(props: FiguresPageProps): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const repo = useMelden();
  const { navigate } = useNavigation();
  const thisYear = Number(brusselsDateOf(new Date()).slice(0, 4));
  const year = props.year || thisYear;
  const state = useAsync(() => repo.figures(year), [repo, year]);
  const years = [0, 1, 2, 3, 4].map((back) => String(thisYear - back));
  return (
    <RegisterPage heading={m.figures.heading} back={{ view: 'melden' }}>
      <p className={styles.muted}>{m.figures.intro}</p>
      <div>
        <ChoiceField label={m.figures.year} value={String(year)} options={years} placeholder={false} onChange={(y) => y && navigate({ view: 'melden', item: meldenItems.figures(Number(y)) })} />
      </div>
      <AsyncContent state={state}>
        {(figures) => (
          <>
            <Breakdown caption={m.figures.byCategory} data={figures.byCategory} threshold={figures.threshold} labelOf={(l) => m.categories[l as keyof typeof m.categories] || l} />
            <Breakdown caption={m.figures.byStatus} data={figures.byStatus} threshold={figures.threshold} labelOf={(l) => m.statuses[l as keyof typeof m.statuses] || l} />
            <Breakdown caption={m.figures.byOutcome} data={figures.byOutcome} threshold={figures.threshold} labelOf={(l) => m.outcomes[l as keyof typeof m.outcomes] || l} />
            <Breakdown caption={m.figures.receiptTimeliness} data={figures.receiptTimeliness} threshold={figures.threshold} labelOf={(l) => m.timeliness[l as keyof typeof m.timeliness] || l} />
            <Breakdown caption={m.figures.feedbackTimeliness} data={figures.feedbackTimeliness} threshold={figures.threshold} labelOf={(l) => m.timeliness[l as keyof typeof m.timeliness] || l} />
            <p className={styles.muted}>
              {format(m.figures.suppressed, { threshold: figures.threshold })} <ZoneChoice />
            </p>
          </>
        )}
      </AsyncContent>
    </RegisterPage>
  );
}
