import * as React from 'react';
import { Body1, MessageBar, MessageBarBody, Tab, TabList, type SelectTabData, type SelectTabEvent } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { Dienst } from '../../domain/groups';
import { isProposer } from '../../domain/proposal/origin';
import type { ProposalLists } from '../../data/proposals/repository';
import type { ProposalDetail, ProposalUser } from '../../data/proposals/types';
import { formatCount } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { useWithZoneSettings } from '../settings/useWithZoneSettings';
import { ComiteWork } from './ComiteWork';
import { DirectiecomiteAgenda } from './DirectiecomiteAgenda';
import { IntegrityOverview } from './IntegrityOverview';
import { Notice, type NoticeValue } from './Notice';
import { ProposalForm } from './ProposalForm';
import { ProposalPage } from './ProposalPage';
import { ProposalsSessionContext, useProposalRepository, useProposalsSession } from './ProposalsContext';
import { useProposalsViewStyles } from './ProposalsView.styles';
import { TeamProposals } from './TeamProposals';
import { ValidationQueue } from './ValidationQueue';

/** The parts of the proposals view; each role sees the parts it works in. */
type ProposalSection = 'team' | 'validation' | 'agenda' | 'comite' | 'oversight';

/** The parts a user sees, the one they work in most first. */
function sectionsFor(user: ProposalUser): ProposalSection[] {
  const roles = user.actor.roles;
  const sections: ProposalSection[] = [];
  if (roles.indexOf('diensthoofd') >= 0 && user.actor.dienst) sections.push('validation');
  if (roles.indexOf('directiecomite') >= 0) sections.push('agenda');
  if (user.actor.chairs.length > 0) sections.push('comite');
  // the team's (or the dienst's) proposals: first for the team Q&W, after the work queues for the others
  if (isProposer(roles)) sections.unshift('team');
  else sections.push('team');
  // the korpsleiding (and the beheerders) oversee what SharePoint recorded against the flow
  if (user.groups.indexOf('korpsleiding') >= 0 || user.groups.indexOf('beheerders') >= 0) sections.push('oversight');
  return sections;
}

/** What `route.item` of the view asks for: a new proposal, one proposal, or the editing of one. */
type ItemRoute = { kind: 'new' } | { kind: 'proposal'; itemId: number } | { kind: 'edit'; itemId: number } | null;

function parseItem(item: string | undefined): ItemRoute {
  if (item === 'nieuw') return { kind: 'new' };
  const match = /^voorstel\/(\d+)(\/bewerken)?$/.exec(item || '');
  if (!match) return null;
  return match[2] ? { kind: 'edit', itemId: Number(match[1]) } : { kind: 'proposal', itemId: Number(match[1]) };
}

/**
 * The Verbetervoorstellen view: the team's proposals, the diensthoofd's queue, the directiecomité's agenda and the
 * comité's work, by role; a proposal's page; the proposal form. Works the same in the Teams tab and on the SharePoint page.
 */
export function ProposalsView(): React.ReactElement {
  const repo = useProposalRepository();
  const { route } = useNavigation();
  // a proposal's page does not depend on who reads it: it is read in the same round trip as the session (this effect
  // runs in the same tick as the session's load below)
  const opened = React.useRef<{ itemId: number; detail: Promise<ProposalDetail> } | undefined>(undefined);
  React.useEffect(() => {
    const first = parseItem(route.item);
    if (!first || first.kind !== 'proposal') return;
    const detail = repo.detail(first.itemId);
    detail.catch(() => undefined); // its page shows the failure; a page never opened leaves none unhandled
    opened.current = { itemId: first.itemId, detail };
  }, []);
  // the zone's settings join the session's round trip (the reads start in this tick); on the lists, so does the first
  // list the user opened on last time (every role's without that hint): the user's roles, in the same round trip, decide
  const session = useWithZoneSettings(() => {
    const lists = parseItem(route.item) ? Promise.resolve<ProposalLists>(repo) : repo.openLists();
    return Promise.all([repo.me(), lists]).then(([me, opened]) => ({ ...me, lists: opened }));
  }, [repo]);
  const takeOpened = React.useCallback((itemId: number): Promise<ProposalDetail> | undefined => {
    const first = opened.current;
    if (!first || first.itemId !== itemId) return undefined;
    opened.current = undefined;
    return first.detail;
  }, []);
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'error') return <ErrorMessage error={session.error} onRetry={session.reload} />;
  return (
    <ProposalsSessionContext.Provider value={{ repo, lists: session.data.lists, user: session.data.user, organisation: session.data.organisation, settings: session.data.settings, takeOpened }}>
      <ProposalsBody />
    </ProposalsSessionContext.Provider>
  );
}

function ProposalsBody(): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalsViewStyles();
  const { repo, user } = useProposalsSession();
  const { route, navigate } = useNavigation();
  const [now] = React.useState(() => new Date());
  const sections = React.useMemo(() => sectionsFor(user), [user]);
  const [section, setSection] = React.useState<ProposalSection>(sections[0]);
  const [dienst, setDienst] = React.useState<Dienst>(user.actor.dienst || 'Interventie');
  const [notice, setNotice] = React.useState<NoticeValue | null>(null);
  const [pending, setPending] = React.useState(() => repo.pendingSubmits());
  const [version, setVersion] = React.useState(0);

  // submits that waited in the browser go out as soon as the app runs online again
  React.useEffect(() => {
    const resume = (): void => {
      repo.resumePending(user).then(
        (sent) => {
          setPending(repo.pendingSubmits());
          if (sent > 0) {
            setNotice({ intent: 'success', text: formatCount(strings, s.list.pendingSent, sent) });
            setVersion((v) => v + 1);
          }
        },
        () => undefined,
      );
    };
    resume();
    window.addEventListener('online', resume);
    return () => window.removeEventListener('online', resume);
  }, [repo, user]);

  const item = parseItem(route.item);
  const done = (n: NoticeValue, itemId?: number): void => {
    setNotice(n);
    setPending(repo.pendingSubmits());
    setVersion((v) => v + 1);
    navigate(itemId === undefined ? { view: 'voorstellen' } : { view: 'voorstellen', item: `voorstel/${itemId}` });
  };

  if (item && item.kind === 'proposal') return <ProposalPage itemId={item.itemId} now={now} notice={notice} onNotice={setNotice} />;
  if (item && item.kind === 'edit') return <EditProposal itemId={item.itemId} onDone={done} />;
  if (item && item.kind === 'new') return <ProposalForm onDone={done} onCancel={() => navigate({ view: 'voorstellen' })} />;

  const labels: Record<ProposalSection, string> = {
    team: isProposer(user.actor.roles) ? s.sections.team : s.sections.dienst,
    validation: s.sections.validation,
    agenda: s.sections.agenda,
    comite: s.sections.comite,
    oversight: s.sections.oversight,
  };
  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.about}>
        {s.qwExplained}
      </Body1>
      {!user.actor.dienst && (isProposer(user.actor.roles) || user.actor.roles.indexOf('diensthoofd') >= 0) && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.common.noDienst}</MessageBarBody>
        </MessageBar>
      )}
      {sections.length > 1 && (
        <TabList
          className={styles.tabs}
          aria-label={s.sections.navLabel}
          selectedValue={section}
          onTabSelect={(_ev: SelectTabEvent, data: SelectTabData) => setSection(data.value as ProposalSection)}
        >
          {sections.map((key) => (
            <Tab key={key} value={key}>
              {labels[key]}
            </Tab>
          ))}
        </TabList>
      )}
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      <div key={`${section}-${version}`}>
        {section === 'team' && <TeamProposals dienst={dienst} onDienstChange={setDienst} now={now} pending={pending} />}
        {section === 'validation' && user.actor.dienst && <ValidationQueue dienst={user.actor.dienst} now={now} />}
        {section === 'agenda' && <DirectiecomiteAgenda now={now} />}
        {section === 'comite' && <ComiteWork now={now} />}
        {section === 'oversight' && <IntegrityOverview />}
      </div>
    </div>
  );
}

/** Loads a proposal and opens the form on it (a concept, or one returned with a question). */
function EditProposal(props: { itemId: number; onDone(notice: NoticeValue, itemId?: number): void }): React.ReactElement {
  const { repo } = useProposalsSession();
  const { navigate } = useNavigation();
  const detail = useAsync(() => repo.detail(props.itemId), [repo, props.itemId]);
  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') return <ErrorMessage error={detail.error} onRetry={detail.reload} />;
  return (
    <ProposalForm
      proposal={detail.data.proposal}
      onDone={props.onDone}
      onCancel={() => navigate({ view: 'voorstellen', item: `voorstel/${props.itemId}` })}
    />
  );
}
