import * as React from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatProtectedCell, type ProtectedBreakdown } from '../../domain/complaints/suppression';
import { useRegisterStyles } from '../registers/registers.styles';

/** Props of {@link Breakdown}. */
export interface BreakdownProps {
  caption: string;
  data: ProtectedBreakdown;
  labelOf(label: string): string;
  /** The anonymity threshold the counts were protected with (shown as `<threshold`). */
  threshold: number;
}

/** One protected breakdown of the annual figures as a table: a count per label and the total, small counts hidden. */
export function Breakdown(props: BreakdownProps): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  return (
    <section className={styles.section}>
      <h3 className={styles.subheading}>{props.caption}</h3>
      <div className={styles.scroll}>
        <Table size="small">
          <caption className={styles.visuallyHidden}>{props.caption}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{m.figures.label}</TableHeaderCell>
              <TableHeaderCell>{m.figures.count}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.data.items.map((item) => (
              <TableRow key={item.label}>
                <TableCell>{props.labelOf(item.label)}</TableCell>
                <TableCell>{formatProtectedCell(item.cell, props.threshold)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>
                <strong>{m.figures.total}</strong>
              </TableCell>
              <TableCell>
                <strong>{formatProtectedCell(props.data.total, props.threshold)}</strong>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
