import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { AsyncContent } from '../common/Status';
import { useWithZoneSettings } from '../settings/useWithZoneSettings';
import { useRegisterStyles } from '../registers/registers.styles';
import { OpenClocks } from './OpenClocks';
import { useResistanceRepository } from './useResistance';

/** Props of {@link DashboardClocks}. */
export interface DashboardClocksProps {
  /** Whether the clocks are shown: to who keeps them (TIWK, Cel GWB, HR, korpsleiding), once the dashboard knows the user. */
  shown: boolean;
  /** Whether the user reads the members' follow-ups (Cel GWB, HR, korpsleiding). */
  showFollowUps: boolean;
}

/** The open evaluations and follow-ups of resistance incidents, with their clocks, on the dashboard (TIWK, Cel GWB, HR, korpsleiding). */
export function DashboardClocks(props: DashboardClocksProps): React.ReactElement | null {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const { navigate } = useNavigation();
  // read with the dashboard, in its round trip (SharePoint gives who does not keep the clocks empty lists)
  const state = useWithZoneSettings(() => repo.loadClocks(), [repo]);
  if (!props.shown) return null;
  return (
    <section className={styles.section} aria-label={r.dashboard.heading}>
      <h3 className={styles.subheading}>{r.dashboard.heading}</h3>
      <AsyncContent state={state}>
        {(data) => (
          <>
            <p className={styles.muted}>
              {r.dashboard.evaluations}: {data.openEvaluations.length} ·{props.showFollowUps ? ` ${r.dashboard.followUps}: ${data.openFollowUps.length} ·` : ''}{' '}
              <Link
                href="#"
                onClick={(ev) => {
                  ev.preventDefault();
                  navigate({ view: 'weerspannigheid' });
                }}
              >
                {r.dashboard.open}
              </Link>
            </p>
            <OpenClocks evaluations={data.openEvaluations} followUps={data.openFollowUps} incidents={data.openEvaluations} showFollowUps={props.showFollowUps} terms={data.settings} />
          </>
        )}
      </AsyncContent>
    </section>
  );
}
