import * as React from 'react';
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useRegisterStyles } from './registers.styles';

/** One column of a {@link RecordTable}. */
export interface Column<T> {
  key: string;
  header: string;
  render(item: T): React.ReactNode;
}

/** Props of {@link RecordTable}. */
export interface RecordTableProps<T> {
  caption: string;
  items: readonly T[];
  columns: readonly Column<T>[];
  rowKey(item: T): string;
  empty: string;
  /** Offered while more pages exist. */
  onLoadMore?: () => void;
  loadingMore?: boolean;
}

/** A table of records with a caption for screen readers, an empty state and "show more" paging. */
export function RecordTable<T>(props: RecordTableProps<T>): React.ReactElement {
  const styles = useRegisterStyles();
  const strings = useStrings();
  if (props.items.length === 0) return <p className={styles.muted}>{props.empty}</p>;
  return (
    <div className={styles.section}>
      {/* a narrow screen scrolls the table sideways: the region takes the keyboard focus so arrow keys can scroll it */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={props.caption}>
        <Table className={styles.table} size="small">
          <caption className={styles.visuallyHidden}>{props.caption}</caption>
          <TableHeader>
            <TableRow>
              {props.columns.map((c) => (
                <TableHeaderCell key={c.key}>{c.header}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {props.items.map((item) => (
              <TableRow key={props.rowKey(item)}>
                {props.columns.map((c) => (
                  <TableCell key={c.key}>{c.render(item)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {props.onLoadMore && (
        <div>
          <Button onClick={props.onLoadMore} disabled={props.loadingMore}>
            {strings.registers.common.loadMore}
          </Button>
        </div>
      )}
    </div>
  );
}
