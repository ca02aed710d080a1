import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { PlanRow } from '../../domain/trainings';
import { RecordTable } from '../registers/RecordTable';

/** Props of {@link PlanTable}. */
export interface PlanTableProps {
  rows: PlanRow[];
}

/** The opleidingsplan per SD5 theme: open needs, planned and held sessions. */
export function PlanTable(props: PlanTableProps): React.ReactElement {
  const t = useStrings().trainings;
  return (
    <RecordTable
      caption={t.planCaption}
      items={props.rows}
      rowKey={(row) => row.theme}
      empty={t.noSessions}
      columns={[
        { key: 'theme', header: t.theme, render: (row) => t.themes[row.theme] },
        { key: 'needs', header: t.needs, render: (row) => row.needs },
        { key: 'planned', header: t.planned, render: (row) => row.planned },
        { key: 'held', header: t.held, render: (row) => row.held },
      ]}
    />
  );
}
