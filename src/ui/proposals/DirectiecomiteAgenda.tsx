import * as React from 'react';
import { Body1, Button, Spinner, Subtitle2, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { decide } from '../../domain/proposal/decide';
import { agendaClosing } from '../../domain/proposal/meetings';
import { isOnAgenda } from '../../domain/proposal/agenda';
import type { DecisionInput, ProposalAction } from '../../domain/proposal/proposal';
import { suggestRoute, type RouteSuggestion } from '../../domain/proposal/routing';
import type { ProposalItem } from '../../data/proposals/types';
import { format, formatCount } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { AgendaRow, type AgendaRowState } from './AgendaRow';
import { refusalText, writeErrorText } from './labels';
import { upcomingMeetings } from './meetingOptions';
import { Notice, type NoticeValue } from './Notice';
import { ProposalCard } from './ProposalCard';
import { useProposalListStyles } from './ProposalList.styles';
import { ZoneChoice } from '../settings/ZoneChoice';
import { useProposalsSession } from './ProposalsContext';

/** Props of {@link DirectiecomiteAgenda}. */
export interface DirectiecomiteAgendaProps {
  now: Date;
}

const ACTION: Record<AgendaRowState['choice'], ProposalAction> = {
  route: 'route',
  reject: 'rejectByDirectiecomite',
  postpone: 'scheduleForDirectiecomite',
};

/**
 * The agenda of the next weekly directiecomité: every validated proposal with the suggested comité (and why), a
 * decision prepared per proposal, and one button that confirms the marked decisions after the meeting.
 */
export function DirectiecomiteAgenda(props: DirectiecomiteAgendaProps): React.ReactElement {
  const { now } = props;
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalListStyles();
  const { repo, lists, user, organisation, settings } = useProposalsSession();
  const headingId = useId('agenda-heading');
  const [meeting, following] = React.useMemo(() => upcomingMeetings(now, 2, settings), [now, settings]);
  const proposals = useAsync(() => lists.directiecomiteProposals(), [lists]);
  const loaded = proposals.status === 'ready' ? proposals.data : null;
  const suggestions = React.useMemo(() => {
    const map = new Map<number, RouteSuggestion>();
    if (loaded) loaded.forEach((p) => map.set(p.itemId, suggestRoute(p)));
    return map;
  }, [loaded]);
  const [rows, setRows] = React.useState<Map<number, AgendaRowState>>(new Map());
  const [notice, setNotice] = React.useState<NoticeValue | null>(null);
  const [busy, setBusy] = React.useState(false);

  const onAgenda = loaded ? loaded.filter((p) => isOnAgenda(p, meeting)) : [];
  const later = loaded ? loaded.filter((p) => !isOnAgenda(p, meeting)) : [];
  const rowOf = (p: ProposalItem): AgendaRowState =>
    rows.get(p.itemId) || { selected: false, choice: 'route', comite: (suggestions.get(p.itemId) as RouteSuggestion).comite, reason: '' };
  const setRow = (p: ProposalItem, state: AgendaRowState): void => setRows((current) => new Map(current).set(p.itemId, state));
  const selected = onAgenda.filter((p) => rowOf(p).selected);

  const inputOf = (state: AgendaRowState): DecisionInput =>
    state.choice === 'route' ? { comite: state.comite, reason: state.reason } : state.choice === 'postpone' ? { meeting: following, reason: state.reason } : { reason: state.reason };

  const confirm = async (): Promise<void> => {
    // every marked decision is checked before any is sent: one incomplete row stores nothing
    let complete = true;
    const checked = new Map(rows);
    selected.forEach((p) => {
      const state = rowOf(p);
      const suggested = (suggestions.get(p.itemId) as RouteSuggestion).comite;
      if (state.choice === 'route' && state.comite !== suggested && !state.reason.trim()) {
        complete = false;
        checked.set(p.itemId, { ...state, error: s.decision.overrideReasonMissing });
        return;
      }
      const dry = decide(p, ACTION[state.choice], user.actor, inputOf(state), now);
      if (!dry.ok) {
        complete = false;
        checked.set(p.itemId, { ...state, error: refusalText(strings, dry.error) });
      }
    });
    if (!complete) {
      setRows(checked);
      setNotice({ intent: 'error', text: s.form.fixErrors });
      return;
    }
    setBusy(true);
    const failures: string[] = [];
    let done = 0;
    for (const p of selected) {
      const state = rowOf(p);
      try {
        await repo.decide(p, ACTION[state.choice], inputOf(state), user, organisation);
        done++;
      } catch (error) {
        failures.push(format(s.agenda.confirmFailed, { title: p.title, error: writeErrorText(strings, error) }));
      }
    }
    setBusy(false);
    setRows(new Map());
    setNotice({
      intent: failures.length > 0 ? 'warning' : 'success',
      text: [formatCount(strings, s.agenda.confirmed, done)].concat(failures).join(' '),
    });
    proposals.reload();
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {format(s.agenda.heading, { date: formatDateBE(meeting) })}
      </Title3>
      <Body1 as="p" className={styles.intro}>
        {s.agenda.intro} {format(s.agenda.closes, { date: formatDateBE(agendaClosing(meeting, settings)) })} <ZoneChoice />
      </Body1>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {proposals.status === 'loading' && <Loading />}
      {proposals.status === 'error' && <ErrorMessage error={proposals.error} onRetry={proposals.reload} />}
      {proposals.status === 'ready' && onAgenda.length === 0 && <Body1 as="p">{s.agenda.empty}</Body1>}
      {onAgenda.length > 0 && (
        <>
          <ul className={styles.list}>
            {onAgenda.map((p) => (
              <li key={p.itemId}>
                <AgendaRow proposal={p} suggestion={suggestions.get(p.itemId) as RouteSuggestion} state={rowOf(p)} onChange={(state) => setRow(p, state)} now={now} />
              </li>
            ))}
          </ul>
          <div className={styles.toolbar}>
            <Button appearance="primary" disabled={busy || selected.length === 0} onClick={() => void confirm()} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {s.agenda.confirmSelected}
            </Button>
            <Body1>{format(s.agenda.selectedCount, { count: selected.length })}</Body1>
          </div>
        </>
      )}
      {later.length > 0 && (
        <div className={styles.group}>
          <Subtitle2 as="h3" className={styles.groupHeading}>
            {s.agenda.later}
          </Subtitle2>
          <ul className={styles.list}>
            {later.map((p) => (
              <li key={p.itemId}>
                <ProposalCard proposal={p} now={now} headingLevel={4} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
