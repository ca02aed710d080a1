import * as React from 'react';
import { Body1, Caption1, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { needsFeedbackCascade } from '../../domain/proposal/cascade';
import type { CascadeEntry, LoggedDecision, ProposalItem } from '../../data/proposals/types';
import type { ReportLink } from '../../data/verslagen/types';
import { RouteLink } from '../common/RouteLink';
import { reportTitle } from '../verslagen/labels';
import { verslagenRoutes } from '../verslagen/routes';
import { format } from '../../loc';
import { formatDateTimeBE } from '../registers/formatTime';
import { FeedbackChecklist } from './FeedbackChecklist';
import { originLabel, uitvoerderLabel } from './labels';
import type { NoticeValue } from './Notice';

/** Props of {@link DecisionTimeline}. */
export interface DecisionTimelineProps {
  proposal: ProposalItem;
  decisions: readonly LoggedDecision[];
  cascade: readonly CascadeEntry[];
  /** The published reports that record its decisions. */
  reports: readonly ReportLink[];
  onChanged(notice: NoticeValue): void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  inList: {
    borderLeft: `${tokens.strokeWidthThick} dashed ${tokens.colorPaletteMarigoldBorder2}`,
  },
  reason: {
    margin: 0,
    whiteSpace: 'pre-wrap',
  },
});

/** Every decision on the proposal, oldest first: when, who, in which role, what, why; each decision above the dienst with its feedback. */
export function DecisionTimeline(props: DecisionTimelineProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useStyles();
  if (props.decisions.length === 0) return <Body1 as="p">{s.detail.noDecisions}</Body1>;
  return (
    <ol className={styles.list}>
      {props.decisions.map((d) => {
        const what = d.action
          ? s.done[d.action]
          : format(s.detail.statusChanged, { from: s.status[d.from], to: s.status[d.to] });
        return (
          <li key={d.clientId} className={d.inList ? `${styles.entry} ${styles.inList}` : styles.entry}>
            <Caption1>
              <time dateTime={d.at}>{formatDateTimeBE(d.at)}</time>
            </Caption1>
            <Text weight="semibold">
              {d.actor.name} {what}
              {d.actingAs ? ` (${format(s.detail.actingAs, { role: s.role[d.actingAs] })})` : ''}
            </Text>
            <Caption1>{s.status[d.to]}</Caption1>
            {d.action === 'submit' && <Body1>{originLabel(strings, props.proposal)}</Body1>}
            {d.action === 'route' && d.comite && <Body1>{format(s.detail.routedTo, { comite: s.comite[d.comite] })}</Body1>}
            {d.action === 'assign' && d.uitvoerder && <Body1>{format(s.detail.assignedTo, { uitvoerder: uitvoerderLabel(strings, d.uitvoerder) })}</Body1>}
            {(d.action === 'validate' || d.action === 'scheduleForDirectiecomite') && d.agendaMeeting && (
              <Body1>{format(s.detail.agendaOf, { date: formatDateBE(d.agendaMeeting) })}</Body1>
            )}
            {d.reason && (
              <Body1 as="p" className={styles.reason}>
                <Text weight="semibold">{s.detail.reason}: </Text>
                {d.reason}
              </Body1>
            )}
            {d.entryId !== null &&
              props.reports
                .filter((r) => r.decisionIds.indexOf(d.entryId as number) >= 0)
                .map((r) => (
                  <RouteLink key={r.id} route={verslagenRoutes.report(r.id)}>
                    {format(strings.verslagen.recordedIn, { title: reportTitle(strings, r.kind, r.meetingDate) })}
                  </RouteLink>
                ))}
            {d.namedAs && (
              <MessageBar intent="warning">
                <MessageBarBody>{format(s.detail.namedOther, { named: d.namedAs, name: d.actor.name })}</MessageBarBody>
              </MessageBar>
            )}
            {!d.counts && !d.inList && (
              <MessageBar intent="error">
                <MessageBarBody>{format(s.detail.notEntitled, { name: d.actor.name })}</MessageBarBody>
              </MessageBar>
            )}
            {d.inList && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  {format(s.detail.inList, { name: d.actor.name })} {d.entryId === null ? s.detail.inListUnsaved : ''}
                </MessageBarBody>
              </MessageBar>
            )}
            {d.entryId !== null && d.counts && d.action && needsFeedbackCascade(d.action) && (
              <FeedbackChecklist
                proposal={props.proposal}
                decision={d}
                entries={props.cascade.filter((c) => c.decisionId === d.entryId)}
                reports={props.reports.filter((r) => r.decisionIds.indexOf(d.entryId as number) >= 0)}
                onChanged={props.onChanged}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
