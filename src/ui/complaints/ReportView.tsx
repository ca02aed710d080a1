import * as React from 'react';
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useHost, useStrings } from '../../app/contexts';
import { useRegisterStyles } from '../registers/registers.styles';
import { downloadFile, printDocument } from './fileActions';
import { toCsv, toHtml, type ReportDocument } from './reportDocuments';
import { useReportStyles } from './ReportView.styles';

/** Props of {@link ReportView}. */
export interface ReportViewProps {
  doc: ReportDocument;
  /** The base of the exported files' names, e.g. `maandlijst-2026-03`. */
  fileName: string;
  /** Shown in the action bar (e.g. "publish"). */
  actions?: React.ReactNode;
}

/** A report on screen, with printing (the report alone, A4) and CSV and HTML export of exactly what is shown. */
export function ReportView(props: ReportViewProps): React.ReactElement {
  const strings = useStrings();
  const common = strings.registers.common;
  const styles = useRegisterStyles();
  const report = useReportStyles();
  const lang = useHost().locale;
  const { doc } = props;
  return (
    <div className={styles.section}>
      <div className={report.toolbar} role="toolbar" aria-label={doc.title}>
        <Button onClick={() => printDocument(toHtml(doc, lang))}>{common.print}</Button>
        <Button onClick={() => downloadFile(`${props.fileName}.csv`, toCsv(doc), 'text/csv')}>{common.exportCsv}</Button>
        <Button onClick={() => downloadFile(`${props.fileName}.html`, toHtml(doc, lang), 'text/html')}>{common.exportHtml}</Button>
        {props.actions}
      </div>
      {doc.paragraphs.map((p) => (
        <p key={p} className={report.paragraph}>
          {p}
        </p>
      ))}
      {doc.tables.map((t) => (
        <section key={t.title} className={styles.section} aria-label={t.title}>
          <h3 className={styles.subheading}>{t.title}</h3>
          {t.rows.length === 0 ? (
            <p className={styles.muted}>{strings.registers.listing.empty}</p>
          ) : (
            <div className={styles.scroll}>
              <Table size="small" className={report.table}>
                <caption className={styles.visuallyHidden}>{t.title}</caption>
                <TableHeader>
                  <TableRow>
                    {t.headers.map((h) => (
                      <TableHeaderCell key={h}>{h}</TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {t.rows.map((row, i) => (
                    <TableRow key={i}>
                      {row.map((v, j) => (
                        <TableCell key={j}>{v}</TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </section>
      ))}
    </div>
  );
}
