import * as React from 'react';
import { Button, Link, Tab, TabList } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import type { ComplaintSummary, RegisterFilter } from '../../data/complaints/ComplaintsRepository';
import { managesComplaints } from '../../domain/complaints/actor';
import { isIn } from '../../domain/membership';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { Notice } from '../registers/feedback';
import { RecordTable, type Column } from '../registers/RecordTable';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { StatusBadge } from '../registers/StatusBadge';
import { usePaged } from '../registers/usePaged';
import { YearSelect } from '../registers/YearSelect';
import { PublishedReports } from './PublishedReports';
import { complaintItems, recentMonths } from './routes';
import { useComplaintsRepository } from './useComplaints';

/** The complaints register: the dossiers the user may see (all for the korpsleiding and Intern Toezicht, their own for an investigator). */
export function ComplaintRegister(): React.ReactElement {
  const strings = useStrings();
  const c = strings.registers.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const { navigate } = useNavigation();
  const today = brusselsDateOf(new Date());
  const thisYear = Number(today.slice(0, 4));
  const [filter, setFilter] = React.useState<RegisterFilter>({ kind: 'open' });
  const state = useAsync(() => repo.loadRegister(filter), [repo, filter.kind, filter.kind === 'closed' ? filter.year : 0]);
  const paged = usePaged(
    state.status === 'ready' ? state.data.page : null,
    React.useCallback((after: number) => repo.loadMore(filter, after), [repo, filter]),
  );
  const open = (id: string) => (ev: React.MouseEvent) => {
    ev.preventDefault();
    navigate({ view: 'klachten', item: complaintItems.dossier(id) });
  };
  const columns: Column<ComplaintSummary>[] = [
    { key: 'ref', header: c.reference, render: (d) => <Link href="#" onClick={open(d.id)}>{d.reference}</Link> },
    { key: 'received', header: c.receivedOn, render: (d) => formatDateBE(d.receivedOn) },
    { key: 'subject', header: c.subject, render: (d) => d.title },
    { key: 'theme', header: c.theme, render: (d) => d.theme },
    { key: 'dienst', header: strings.registers.common.dienst, render: (d) => d.dienst },
    { key: 'status', header: strings.registers.common.status, render: (d) => <StatusBadge status={d.status} label={c.statuses[d.status]} /> },
    { key: 'investigator', header: c.investigator, render: (d) => (d.investigator ? d.investigator.name : c.unassigned) },
  ];

  const body = (): React.ReactNode => {
    if (state.status === 'loading') return <Loading />;
    if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
    const { me } = state.data;
    const manager = managesComplaints(me);
    // investigators, and the Juridische dienst for the dossiers whose legal support was asked: SharePoint returns only those
    const investigates = isIn(me, 'hinp', 'diensthoofden', 'juridischeDienst');
    const recipient = isIn(me, 'diensthoofden', 'directiecomite', 'politiecollege');
    const administration = (
      <Button onClick={() => navigate({ view: 'klachten', item: complaintItems.administration })}>{c.administrationOpen}</Button>
    );
    if (!manager && !investigates) {
      return (
        <>
          {isIn(me, 'dossierbeheer') && <div className={styles.actions}>{administration}</div>}
          <Notice intent="info" title={c.noAccessTitle}>
            {c.noAccessBody}
          </Notice>
          {recipient && <PublishedReports />}
        </>
      );
    }
    return (
      <>
        {manager && (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => navigate({ view: 'klachten', item: complaintItems.intake })}>
              {c.register}
            </Button>
            <Button onClick={() => navigate({ view: 'klachten', item: complaintItems.listing(recentMonths(today, 1)[0]) })}>{strings.registers.listing.title}</Button>
            <Button onClick={() => navigate({ view: 'klachten', item: complaintItems.figures(thisYear - 1) })}>{strings.registers.figures.title}</Button>
            {administration}
          </div>
        )}
        <div className={styles.actions}>
          <TabList
            selectedValue={filter.kind}
            onTabSelect={(_ev, data) => setFilter(data.value === 'open' ? { kind: 'open' } : { kind: 'closed', year: thisYear })}
            aria-label={c.title}
          >
            <Tab value="open">{c.filterOpen}</Tab>
            <Tab value="closed">{c.filterClosed}</Tab>
          </TabList>
          {filter.kind === 'closed' && <YearSelect label={c.year} value={filter.year} latest={thisYear} count={5} onChange={(year) => setFilter({ kind: 'closed', year })} />}
        </div>
        <RecordTable
          caption={c.title}
          items={paged.items}
          columns={columns}
          rowKey={(d) => d.id}
          empty={manager ? c.empty : c.emptyInvestigator}
          onLoadMore={paged.hasMore ? paged.loadMore : undefined}
          loadingMore={paged.loading}
        />
        {paged.error ? <ErrorMessage error={paged.error} /> : null}
        {recipient && !manager && <PublishedReports />}
      </>
    );
  };

  return (
    <RegisterPage heading={c.title}>
      <p>{c.intro}</p>
      {body()}
    </RegisterPage>
  );
}
