import * as React from 'react';
import { Badge, Body1, Caption1, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation, type Route } from '../../app/navigation';
import { classifyError } from '../../data/errors';
import { isDirectiveAuthor, versionLabel } from '../../domain/policy/directiveRules';
import type { Acknowledgement, DirectiveDetail } from '../../data/policy/types';
import { formatDateBE } from '../../domain/dates';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { AcknowledgementCard } from './AcknowledgementCard';
import { AcknowledgementReportView } from './AcknowledgementReportView';
import { DirectiveAdmin, type DirectiveTransition } from './DirectiveAdmin';
import { useDirectivePageStyles } from './DirectivePage.styles';
import { flash, takeFlash, type Feedback } from './flash';
import { usePageLayoutStyles } from './PageLayout.styles';
import { PageHeader } from './PageHeader';
import { usePolicyRepository } from './PolicyRepositoryContext';
import { RichText } from './RichText';
import { policyRoutes } from './routes';

export type { Feedback } from './flash';

/** Props of {@link DirectivePage}. */
export interface DirectivePageProps {
  id: number;
  /** The id is a concept's (Richtlijnconcepten), not a published korpsrichtlijn's. */
  concept?: boolean;
}

/**
 * A korpsrichtlijn: its text, version, status and themes; "gelezen en begrepen" for readers; for the Juridische
 * dienst the actions of the flow and who has not acknowledged yet. A concept's page is the same, read from the
 * concepts' list (which only the Juridische dienst and the beheerders can read).
 */
export function DirectivePage(props: DirectivePageProps): React.ReactElement {
  const repository = usePolicyRepository();
  const state = useAsync(() => (props.concept ? repository.loadConcept(props.id) : repository.loadDirective(props.id)), [repository, props.id, props.concept]);
  const strings = useStrings().policy;
  // kept here, not in the content: an author's action reloads the content and the message must outlive that
  const [feedback, setFeedback] = React.useState<Feedback | undefined>(() =>
    takeFlash(props.concept ? policyRoutes.concept(props.id) : policyRoutes.directive(props.id)),
  );
  const back = { label: strings.directive.back, route: policyRoutes.directives() };
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeader heading={strings.directives.heading} back={back} />
        <ErrorMessage error={state.error} onRetry={state.reload} />
      </>
    );
  }
  return <DirectiveContent key={state.data.directive.etag} detail={state.data} reload={state.reload} feedback={feedback} onFeedback={setFeedback} />;
}

/** Props of {@link DirectiveContent}. */
export interface DirectiveContentProps {
  detail: DirectiveDetail;
  reload(): void;
  feedback?: Feedback;
  onFeedback(feedback: Feedback | undefined): void;
}

/** A loaded korpsrichtlijn page. */
export function DirectiveContent(props: DirectiveContentProps): React.ReactElement {
  const { directive, themes, me } = props.detail;
  const repository = usePolicyRepository();
  const strings = useStrings().policy;
  const styles = useDirectivePageStyles();
  const layout = usePageLayoutStyles();
  const { navigate } = useNavigation();
  const [acknowledgements, setAcknowledgements] = React.useState<Acknowledgement[]>(props.detail.myAcknowledgements);
  const [busy, setBusy] = React.useState(false);
  const { feedback, onFeedback: setFeedback } = props;
  const [error, setError] = React.useState<unknown>(undefined);
  const author = isDirectiveAuthor(me);
  const linked = themes.filter((t) => directive.themeIds.indexOf(t.id) >= 0);

  const acknowledge = (): Promise<void> =>
    repository.acknowledge(directive, me).then((ack) => setAcknowledgements((all) => all.concat([ack])));

  /** Runs an action; returns where to go next (another page), or nothing to stay and reload. */
  const run = (which: DirectiveTransition): Promise<{ route: Route; feedback?: Feedback } | undefined> => {
    const revision = directive.revision;
    switch (which) {
      case 'publish':
        return repository.publishDirective(directive).then((id) => ({
          route: policyRoutes.directive(id),
          feedback: { intent: 'success', text: revision ? strings.directive.revisionPublished : strings.directive.published },
        }));
      case 'discard':
        return repository.discardConcept(directive).then(() => ({
          route: revision ? policyRoutes.directive(revision.directiveId) : policyRoutes.directives(),
          feedback: { intent: 'success', text: strings.directive.discarded },
        }));
      case 'revise':
        return repository.reviseDirective(directive).then((id) => ({ route: policyRoutes.editConcept(id) }));
      default:
        return repository.archiveDirective(directive).then(() => {
          setFeedback({ intent: 'success', text: strings.directive.archived });
          return undefined;
        });
    }
  };

  const transition = (which: DirectiveTransition): void => {
    setBusy(true);
    setError(undefined);
    setFeedback(undefined);
    run(which).then(
      (next) => {
        setBusy(false);
        if (!next) return props.reload();
        if (next.feedback) flash(next.route, next.feedback);
        navigate(next.route);
      },
      (e: unknown) => {
        setBusy(false);
        if (classifyError(e) !== 'conflict') return setError(e);
        setFeedback({ intent: 'warning', text: strings.directive.conflict });
        props.reload();
      },
    );
  };

  return (
    <>
      <PageHeader heading={directive.title} back={{ label: strings.directive.back, route: policyRoutes.directives() }}>
        <div className={styles.meta}>
          <Text className={styles.number}>{directive.number}</Text>
          <Badge appearance="outline">{format(strings.directives.version, { version: versionLabel(directive) })}</Badge>
          <Badge appearance="tint" color={directive.status === 'Gepubliceerd' ? 'success' : directive.status === 'Concept' ? 'warning' : 'informative'}>
            {strings.status[directive.status]}
          </Badge>
          {directive.publishedAt && <Caption1>{format(strings.directives.publishedOn, { date: formatDateBE(directive.publishedAt) })}</Caption1>}
        </div>
      </PageHeader>
      <FeedbackBar feedback={feedback} />
      {error !== undefined && <ErrorMessage error={error} />}
      {directive.status === 'Concept' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {directive.revision ? (
              <>
                {format(strings.directive.revisionNotice, {
                  number: directive.number,
                  version: versionLabel({ versionMajor: directive.revision.baseMajor, versionMinor: directive.revision.baseMinor }),
                })}{' '}
                <Link onClick={() => navigate(policyRoutes.directive((directive.revision as { directiveId: number }).directiveId))}>
                  {strings.directive.openPublished}
                </Link>
              </>
            ) : (
              strings.directive.conceptNotice
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {directive.status === 'Gearchiveerd' && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.directive.archivedNotice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.layout}>
        <article className={layout.column}>
          {directive.summary && <p className={styles.summary}>{directive.summary}</p>}
          {linked.length > 0 && (
            <div className={styles.themes}>
              <Caption1>{strings.directive.themes}:</Caption1>
              {linked.map((t) => (
                <Link key={t.id} onClick={() => navigate(policyRoutes.theme(t.number))}>
                  {t.number}. {t.title}
                </Link>
              ))}
            </div>
          )}
          {directive.body ? <RichText html={directive.body} /> : <Body1 className={layout.muted}>{strings.directive.emptyBody}</Body1>}
        </article>
        <div className={layout.column}>
          <AcknowledgementCard directive={directive} acknowledgements={acknowledgements} onAcknowledge={acknowledge} />
          {author && <DirectiveAdmin directive={directive} busy={busy} onTransition={transition} />}
          {author && directive.status === 'Gepubliceerd' && directive.requiresAcknowledgement && (
            <AcknowledgementReportView load={() => repository.loadAcknowledgementReport(directive)} />
          )}
        </div>
      </div>
    </>
  );
}

function FeedbackBar(props: { feedback?: Feedback }): React.ReactElement | null {
  if (!props.feedback) return null;
  return (
    <MessageBar intent={props.feedback.intent} role="status">
      <MessageBarBody>{props.feedback.text}</MessageBarBody>
    </MessageBar>
  );
}
