import * as React from 'react';
import {
  Badge,
  Button,
  Caption1,
  ProgressBar,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  useId,
  type BadgeProps,
} from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ActionPoint, ActionPointStatus, PlanPriority, PlanPriorityLevel, StrategicObjective } from '../../data/plan/types';
import { formatDateBE } from '../../domain/dates';
import { format } from '../../loc';
import { RichText } from '../policy/RichText';
import { useObjectiveSectionStyles } from './ObjectiveSection.styles';

/** The colour of a status badge. */
export const STATUS_COLOR: { [S in ActionPointStatus]: BadgeProps['color'] } = {
  'Niet gestart': 'informative',
  Lopend: 'brand',
  Gerealiseerd: 'success',
  Uitgesteld: 'warning',
};

/** The colour of a priority badge. */
const PRIORITY_COLOR: { [P in PlanPriorityLevel]: BadgeProps['color'] } = { Hoog: 'danger', Gemiddeld: 'warning', Laag: 'informative' };

/** Props of {@link ObjectiveSection}. */
export interface ObjectiveSectionProps {
  objective: StrategicObjective;
  /** The operational objectives shown (after filtering). */
  points: readonly ActionPoint[];
  /** All its operational objectives, for the progress. */
  total: readonly ActionPoint[];
  canUpdate(point: ActionPoint): boolean;
  onUpdate(point: ActionPoint): void;
  /** The Werkgroep Integriteit's priority of an objective, if it set one. */
  priorityOf(point: ActionPoint): PlanPriority | undefined;
  /** Whether the user sets priorities (a member of the werkgroep). */
  canPrioritise: boolean;
  onPrioritise(point: ActionPoint): void;
}

/** One strategic objective: its title and text, its progress, and a table of its operational objectives. */
export function ObjectiveSection(props: ObjectiveSectionProps): React.ReactElement {
  const { objective, points } = props;
  const strings = useStrings().policy;
  const p = strings.plan;
  const styles = useObjectiveSectionStyles();
  const done = props.total.filter((x) => x.status === 'Gerealiseerd').length;
  const headingId = useId('doelstelling');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Subtitle1 as="h3" id={headingId} className={styles.heading}>
          <span className={styles.code}>{objective.code}</span> {objective.title}
        </Subtitle1>
        <div className={styles.progress}>
          <Caption1>{format(p.progress, { done, total: props.total.length })}</Caption1>
          <ProgressBar value={props.total.length ? done / props.total.length : 0} thickness="large" aria-label={`${objective.code}: ${format(p.progress, { done, total: props.total.length })}`} />
        </div>
      </div>
      {objective.body && <RichText html={objective.body} />}
      {/* focusable: at a phone's width the table scrolls sideways, also for readers who have no button inside */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={headingId}>
        <Table className={styles.table} size="small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.codeCell}>{p.code}</TableHeaderCell>
              <TableHeaderCell>{p.objective}</TableHeaderCell>
              <TableHeaderCell className={styles.actorCell}>{p.actor}</TableHeaderCell>
              <TableHeaderCell className={styles.statusCell}>{p.statusColumn}</TableHeaderCell>
              <TableHeaderCell className={styles.horizonCell}>{p.horizonColumn}</TableHeaderCell>
              <TableHeaderCell className={styles.dateCell}>{p.lastUpdate}</TableHeaderCell>
              <TableHeaderCell className={styles.actionCell}>{p.actions}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {points.map((point) => (
              <TableRow key={point.id}>
                <TableCell className={styles.codeCell}>{point.code}</TableCell>
                <TableCell className={styles.titleCell}>
                  {point.label && <Text className={styles.label}>{point.label}</Text>}
                  <Text>{point.description}</Text>
                  {point.evaluationNotes && <Caption1 className={styles.notes}>{point.evaluationNotes}</Caption1>}
                  <PriorityNote priority={props.priorityOf(point)} />
                </TableCell>
                <TableCell className={styles.actorCell}>
                  <Text>{point.actor || p.noActor}</Text>
                  <Caption1 className={styles.owner}>
                    {p.owner}: {point.ownerGroup}
                  </Caption1>
                </TableCell>
                <TableCell className={styles.statusCell}>
                  <Badge appearance="tint" color={STATUS_COLOR[point.status]}>
                    {strings.actionStatus[point.status]}
                  </Badge>
                </TableCell>
                <TableCell className={styles.horizonCell}>
                  {point.horizon ? strings.horizon[point.horizon] : <span className={styles.muted}>{p.noHorizon}</span>}
                </TableCell>
                <TableCell className={styles.dateCell}>
                  {point.lastUpdate ? formatDateBE(point.lastUpdate) : <span className={styles.muted}>{p.neverUpdated}</span>}
                </TableCell>
                <TableCell className={styles.actionCell}>
                  <div className={styles.buttons}>
                    {props.canUpdate(point) && (
                      <Button size="small" aria-label={format(p.updateLabel, { code: point.code })} onClick={() => props.onUpdate(point)}>
                        {p.update}
                      </Button>
                    )}
                    {props.canPrioritise && (
                      <Button size="small" aria-label={format(strings.werkgroep.setPriorityLabel, { code: point.code })} onClick={() => props.onPrioritise(point)}>
                        {strings.werkgroep.setPriority}
                      </Button>
                    )}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

/** The werkgroep's priority of one objective under its text: the level, the motivation, who set it at which meeting. */
function PriorityNote(props: { priority: PlanPriority | undefined }): React.ReactElement {
  const strings = useStrings().policy;
  const w = strings.werkgroep;
  const styles = useObjectiveSectionStyles();
  const priority = props.priority;
  return (
    <span className={styles.priority}>
      <Caption1 className={styles.priorityLabel}>{w.priorityColumn}:</Caption1>{' '}
      {priority ? (
        <>
          <Badge appearance="filled" color={PRIORITY_COLOR[priority.priority]}>
            {strings.priority[priority.priority]}
          </Badge>{' '}
          <Caption1 className={styles.muted}>
            {format(w.setBy, { name: priority.editorName || '', date: formatDateBE(priority.meetingDate || priority.modified) })}
          </Caption1>
          {priority.motivation && <Caption1 className={styles.notes}>{priority.motivation}</Caption1>}
        </>
      ) : (
        <Caption1 className={styles.muted}>{w.noPriority}</Caption1>
      )}
    </span>
  );
}
