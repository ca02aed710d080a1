import * as React from 'react';
import { Button, Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { Incident } from '../../data/resistance/types';
import { formatDateBE } from '../../domain/dates';
import { isIn } from '../../domain/membership';
import { AsyncContent } from '../common/Status';
import { useWithZoneSettings } from '../settings/useWithZoneSettings';
import { Notice } from '../registers/feedback';
import { RecordTable, type Column } from '../registers/RecordTable';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { StatusBadge } from '../registers/StatusBadge';
import { usePaged } from '../registers/usePaged';
import { OpenClocks } from './OpenClocks';
import { incidentRoute, NEW_INCIDENT_ROUTE } from './routes';
import { useResistanceRepository } from './useResistance';

/** The overview: who may see what, the open clocks (for TIWK, Cel GWB, HR, korpsleiding), the incidents the user may see. */
export function ResistanceOverview(): React.ReactElement {
  const strings = useStrings();
  const r = strings.resistance;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const { navigate } = useNavigation();
  const state = useWithZoneSettings(() => repo.loadOverview(), [repo]);
  const incidents = usePaged(state.status === 'ready' ? state.data.incidents : null, React.useCallback((after: number) => repo.loadMore(after), [repo]));
  const columns: Column<Incident>[] = [
    { key: 'date', header: r.fields.occurredOn, render: (i) => formatDateBE(i.occurredOn) },
    {
      key: 'title',
      header: r.fields.title,
      render: (i) => (
        <Link
          href="#"
          onClick={(ev) => {
            ev.preventDefault();
            navigate({ view: 'weerspannigheid', item: incidentRoute(i.id) });
          }}
        >
          {i.title}
        </Link>
      ),
    },
    { key: 'dienst', header: strings.registers.common.dienst, render: (i) => i.dienst },
    { key: 'kind', header: r.fields.kind, render: (i) => r.kinds[i.kind] },
    { key: 'evaluation', header: r.evaluation.heading, render: (i) => <StatusBadge label={r.evaluation.status[i.evaluationStatus]} tone={i.evaluationStatus === 'Geëvalueerd' ? 'done' : 'waiting'} /> },
  ];
  return (
    <RegisterPage heading={r.title}>
      <p className={styles.muted}>{r.intro}</p>
      <Notice intent="info">{r.confidential}</Notice>
      <AsyncContent state={state}>
        {(data) => (
          <>
            {isIn(data.me, 'internToezicht', 'celGWB') && (
              <div className={styles.actions}>
                <Button appearance="primary" onClick={() => navigate({ view: 'weerspannigheid', item: NEW_INCIDENT_ROUTE })}>
                  {r.newIncident}
                </Button>
              </div>
            )}
            {isIn(data.me, 'internToezicht', 'celGWB', 'hr', 'korpsleiding') && (
              <OpenClocks evaluations={data.openEvaluations} followUps={data.openFollowUps} incidents={incidents.items.concat(data.openEvaluations)} showFollowUps={isIn(data.me, 'celGWB', 'hr', 'korpsleiding')} terms={data.settings} />
            )}
            <section className={styles.section} aria-label={r.incidents}>
              <h3 className={styles.subheading}>{r.incidents}</h3>
              <RecordTable
                caption={r.incidents}
                items={incidents.items}
                columns={columns}
                rowKey={(i) => i.id}
                empty={r.noIncidents}
                onLoadMore={incidents.hasMore ? incidents.loadMore : undefined}
                loadingMore={incidents.loading}
              />
            </section>
          </>
        )}
      </AsyncContent>
    </RegisterPage>
  );
}
