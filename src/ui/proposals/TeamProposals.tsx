import * as React from 'react';
import { Body1, Button, Field, MessageBar, MessageBarBody, Select, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { DIENSTEN, type Dienst } from '../../domain/groups';
import { isProposer } from '../../domain/proposal/origin';
import type { Page, ProposalItem } from '../../data/proposals/types';
import { format, formatCount } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { ProposalCard } from './ProposalCard';
import { useProposalListStyles } from './ProposalList.styles';
import { useProposalsSession } from './ProposalsContext';

/** Props of {@link TeamProposals}. */
export interface TeamProposalsProps {
  dienst: Dienst;
  onDienstChange(dienst: Dienst): void;
  now: Date;
  /** Submits that wait in the browser for SharePoint. */
  pending: readonly { clientId: string; title: string }[];
}

/** "Onze voorstellen": every proposal of a dienst, newest first, with where it is and who acts next; paged. */
export function TeamProposals(props: TeamProposalsProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalListStyles();
  const { lists, user } = useProposalsSession();
  const { navigate } = useNavigation();
  const headingId = useId('team-heading');
  const first = useAsync(() => lists.dienstProposals(props.dienst), [lists, props.dienst]);
  const [extra, setExtra] = React.useState<Page<ProposalItem>[]>([]);
  const [moreState, setMoreState] = React.useState<{ status: 'idle' | 'loading' } | { status: 'error'; error: unknown }>({ status: 'idle' });
  React.useEffect(() => setExtra([]), [lists, props.dienst]);
  const pages = first.status === 'ready' ? [first.data].concat(extra) : [];
  const items = pages.reduce<ProposalItem[]>((all, page) => all.concat(page.items), []);
  const next = pages.length > 0 ? pages[pages.length - 1].next : null;
  const loadMore = async (): Promise<void> => {
    if (!next) return;
    setMoreState({ status: 'loading' });
    try {
      const page = await next();
      setExtra((loaded) => loaded.concat([page]));
      setMoreState({ status: 'idle' });
    } catch (error) {
      setMoreState({ status: 'error', error });
    }
  };
  const mayPropose = isProposer(user.actor.roles) && user.actor.dienst === props.dienst;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {format(s.list.heading, { dienst: props.dienst })}
      </Title3>
      <Body1 as="p" className={styles.intro}>
        {s.list.intro}
      </Body1>
      <div className={styles.toolbar}>
        {mayPropose && (
          <Button appearance="primary" onClick={() => navigate({ view: 'voorstellen', item: 'nieuw' })}>
            {s.list.newProposal}
          </Button>
        )}
        <Field label={s.list.chooseDienst}>
          <Select value={props.dienst} onChange={(_ev, data) => props.onDienstChange(data.value as Dienst)}>
            {DIENSTEN.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {props.pending.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {formatCount(strings, s.list.pending, props.pending.length)} {props.pending.map((p) => `"${p.title}"`).join(', ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {first.status === 'loading' && <Loading />}
      {first.status === 'error' && <ErrorMessage error={first.error} onRetry={first.reload} />}
      {first.status === 'ready' &&
        (items.length === 0 ? (
          <Body1 as="p">{s.list.empty}</Body1>
        ) : (
          <ul className={styles.list}>
            {items.map((proposal) => (
              <li key={proposal.itemId}>
                <ProposalCard proposal={proposal} now={props.now} />
              </li>
            ))}
          </ul>
        ))}
      {moreState.status === 'loading' && <Loading />}
      {moreState.status === 'error' && <ErrorMessage error={moreState.error} onRetry={() => void loadMore()} />}
      {next && moreState.status === 'idle' && (
        <div>
          <Button onClick={() => void loadMore()}>{s.common.more}</Button>
        </div>
      )}
    </section>
  );
}
