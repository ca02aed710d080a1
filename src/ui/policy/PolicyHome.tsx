import * as React from 'react';
import { Body1, Button, Link, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { paragraphsOf } from '../../domain/policy/richText';
import type { PolicyHome as PolicyHomeData } from '../../data/policy/types';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { DirectiveLinks } from './DirectiveLinks';
import { MessageList } from './MessageList';
import { PageHeader } from './PageHeader';
import { PolicyFramework } from './PolicyFramework';
import { usePolicyHomeStyles } from './PolicyHome.styles';
import { usePolicyRepository } from './PolicyRepositoryContext';
import { RichText } from './RichText';
import { policyRoutes } from './routes';
import { settingsRoutes } from '../settings/routes';
import { ThemeCard } from './ThemeCard';
import { ToRead } from './ToRead';

/** Paragraphs of the vision shown before "read more". */
const VISION_OPENING = 1;

/** The Beleid home: what the reader still has to acknowledge, the vision, the 10 themes, the latest messages and korpsrichtlijnen, the framework of the policy. */
export function PolicyHome(): React.ReactElement {
  const repository = usePolicyRepository();
  const state = useAsync(() => repository.loadHome(), [repository]);
  const strings = useStrings().policy;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  return (
    <>
      <PageHeader heading={strings.home.heading} />
      <PolicyHomeContent home={state.data} />
    </>
  );
}

/** Props of {@link PolicyHomeContent}. */
export interface PolicyHomeContentProps {
  home: PolicyHomeData;
}

/** The Beleid home's sections, once loaded. */
export function PolicyHomeContent(props: PolicyHomeContentProps): React.ReactElement {
  const { home } = props;
  const allStrings = useStrings();
  const strings = allStrings.policy.home;
  const styles = usePolicyHomeStyles();
  const { navigate } = useNavigation();
  const [visionOpen, setVisionOpen] = React.useState(false);
  const vision = home.texts.filter((t) => t.section === 'Visie')[0];
  const themesIntro = home.texts.filter((t) => t.key === 'aandachtspunten-inleiding')[0];
  const visionParagraphs = vision ? paragraphsOf(vision.body) : [];
  const id = useId('beleid');
  const visionId = `${id}-visie-rest`;
  return (
    <div className={styles.root}>
      <ToRead directives={home.toAcknowledge} />
      {vision && (
        <section className={styles.vision} aria-labelledby={`${id}-visie`}>
          <Title3 as="h3" id={`${id}-visie`} className={styles.sectionHeading}>
            {strings.visionHeading}
          </Title3>
          {vision.detail && (
            <blockquote className={styles.motto} lang="en">
              “{vision.detail}”
            </blockquote>
          )}
          <RichText html={visionParagraphs.slice(0, VISION_OPENING).join('')} />
          <div id={visionId} hidden={!visionOpen}>
            <RichText html={visionParagraphs.slice(VISION_OPENING).join('')} />
          </div>
          {visionParagraphs.length > VISION_OPENING && (
            <Button className={styles.toggle} appearance="secondary" aria-expanded={visionOpen} aria-controls={visionId} onClick={() => setVisionOpen(!visionOpen)}>
              {visionOpen ? strings.readLess : strings.readMore}
            </Button>
          )}
        </section>
      )}

      <section className={styles.section} aria-labelledby={`${id}-themas`}>
        <Title3 as="h3" id={`${id}-themas`} className={styles.sectionHeading}>
          {strings.themesHeading}
        </Title3>
        {themesIntro && <RichText html={themesIntro.body} />}
        <ul className={styles.themes}>
          {home.themes.map((theme) => (
            <li key={theme.id}>
              <ThemeCard theme={theme} />
            </li>
          ))}
        </ul>
      </section>

      <div className={styles.columns}>
        <section className={styles.section} aria-labelledby={`${id}-berichten`}>
          <Title3 as="h3" id={`${id}-berichten`} className={styles.sectionHeading}>
            {strings.messagesHeading}
          </Title3>
          {home.messages.length ? <MessageList messages={home.messages} /> : <Body1 className={styles.muted}>{strings.noMessages}</Body1>}
        </section>
        <section className={styles.section} aria-labelledby={`${id}-richtlijnen`}>
          <Title3 as="h3" id={`${id}-richtlijnen`} className={styles.sectionHeading}>
            {strings.directivesHeading}
          </Title3>
          {home.recentDirectives.length ? (
            <DirectiveLinks directives={home.recentDirectives} />
          ) : (
            <Body1 className={styles.muted}>{strings.noDirectives}</Body1>
          )}
          <Link className={styles.more} onClick={() => navigate(policyRoutes.directives())}>
            {strings.allDirectives} →
          </Link>
          <Link className={styles.more} onClick={() => navigate(settingsRoutes.page())}>
            {allStrings.settings.open} →
          </Link>
        </section>
      </div>

      <section className={styles.section} aria-labelledby={`${id}-kader`}>
        <Title3 as="h3" id={`${id}-kader`} className={styles.sectionHeading}>
          {strings.frameworkHeading}
        </Title3>
        <PolicyFramework texts={home.texts} />
      </section>
    </div>
  );
}
