import * as React from 'react';
import { Badge, Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { formatDateBE } from '../../domain/dates';
import { reportClocks, type IntegrityReport } from '../../domain/melden';
import { RecordTable, type Column } from '../registers/RecordTable';
import { useRegisterStyles } from '../registers/registers.styles';
import { ClockBadge } from './ClockBadge';
import { meldenItems } from './routes';

/** Props of {@link ReportTable}. */
export interface ReportTableProps {
  caption: string;
  reports: readonly IntegrityReport[];
  empty: string;
  /** Show the two clocks (the contacts' register). */
  clocks?: boolean;
  onLoadMore?: () => void;
  loadingMore?: boolean;
  now: Date;
}

/** Reports in a table: date of receipt, subject (a link to the report), kind, status and, for the contacts, the clocks. */
export function ReportTable(props: ReportTableProps): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const { navigate } = useNavigation();
  const columns: Column<IntegrityReport>[] = [
    { key: 'received', header: m.columns.receivedOn, render: (r) => formatDateBE(r.receivedOn) },
    {
      key: 'subject',
      header: m.columns.subject,
      render: (r) => (
        <Link
          href="#"
          onClick={(ev) => {
            ev.preventDefault();
            navigate({ view: 'melden', item: meldenItems.report(r.id) });
          }}
        >
          {r.subject}
        </Link>
      ),
    },
    { key: 'category', header: m.columns.category, render: (r) => m.categories[r.category] || r.category },
    {
      key: 'status',
      header: m.columns.status,
      render: (r) => (
        <Badge className={styles.wrappingBadge} appearance="outline">
          {m.statuses[r.status]}
        </Badge>
      ),
    },
  ];
  if (props.clocks) {
    columns.push(
      { key: 'receipt', header: m.columns.receipt, render: (r) => <ClockBadge label={m.clock.receipt} clock={reportClocks(r, props.now).receipt} /> },
      { key: 'feedback', header: m.columns.feedback, render: (r) => <ClockBadge label={m.clock.feedback} clock={reportClocks(r, props.now).feedback} /> },
    );
  }
  return (
    <RecordTable
      caption={props.caption}
      items={props.reports}
      columns={columns}
      rowKey={(r) => String(r.id)}
      empty={props.empty}
      onLoadMore={props.onLoadMore}
      loadingMore={props.loadingMore}
    />
  );
}
