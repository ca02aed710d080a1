import * as React from 'react';
import { Badge } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { RoutingChange } from '../../domain/complaints';
import { format } from '../../loc';
import { useRegisterStyles } from '../registers/registers.styles';
import { formatDateTimeBE } from '../registers/formatTime';

/** Props of {@link DossierVersions}. */
export interface DossierVersionsProps {
  changes: RoutingChange[];
}

/** The dossier's history as SharePoint's version history has it: each routing change with its Editor, and who was not entitled to it. */
export function DossierVersions(props: DossierVersionsProps): React.ReactElement {
  const strings = useStrings();
  const r = strings.registers;
  const c = r.complaints;
  const styles = useRegisterStyles();

  const what = (change: RoutingChange): string => {
    const parts: string[] = [];
    if (change.fields.indexOf('status') >= 0) parts.push(change.from ? `${c.statuses[change.from]} → ${c.statuses[change.to]}` : c.statuses[change.to]);
    if (change.fields.indexOf('investigator') >= 0) parts.push(`${c.routingFields.investigator}: ${change.investigator ? change.investigator.name : c.unassigned}`);
    if (change.fields.indexOf('disciplinary') >= 0) parts.push(`${c.routingFields.disciplinary}: ${change.disciplinaryHead ? change.disciplinaryHead.name : r.common.none}`);
    return parts.join('; ');
  };

  return (
    <section className={styles.section} aria-label={c.sectionVersions}>
      <h3 className={styles.subheading}>{c.sectionVersions}</h3>
      <p className={styles.muted}>{c.versionsIntro}</p>
      {props.changes.length === 0 ? (
        <p className={styles.muted}>{r.common.historyEmpty}</p>
      ) : (
        <ol className={styles.list} aria-label={c.sectionVersions}>
          {props.changes.map((change) => (
            <li key={change.version}>
              {format(c.versionLine, { date: formatDateTimeBE(change.at), editor: change.editor.name, what: what(change) })}
              {change.claimedBy.length > 0 && <span className={styles.muted}> ({format(c.historyClaimed, { names: change.claimedBy.join(', ') })})</span>}
              {!change.entitled && (
                <>
                  {' '}
                  <Badge appearance="filled" color="danger" className={styles.wrappingBadge}>
                    {c.changedOutside}
                  </Badge>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
