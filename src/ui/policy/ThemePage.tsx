import * as React from 'react';
import { Body1, Button, Link, Subtitle1 } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { Theme, ThemeAction } from '../../data/policy/types';
import { format, type Strings } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { DirectiveLinks } from './DirectiveLinks';
import { PageHeader } from './PageHeader';
import { usePolicyRepository } from './PolicyRepositoryContext';
import { RichText } from './RichText';
import { declarationRoute, policyRoutes } from './routes';
import { usePageLayoutStyles } from './PageLayout.styles';
import { useThemePageStyles } from './ThemePage.styles';

/** Props of {@link ThemePage}. */
export interface ThemePageProps {
  number: number;
}

function actionTexts(strings: Strings['policy']['theme'], action: ThemeAction): { label: string; hint: string } | undefined {
  if (action === 'Geschenk') return { label: strings.actionGift, hint: strings.hintGift };
  if (action === 'Nevenactiviteit') return { label: strings.actionSideActivity, hint: strings.hintSideActivity };
  if (action === 'Materiaalschade') return { label: strings.actionDamage, hint: strings.hintDamage };
  return undefined;
}

/** A theme page: its full text, the declaration it asks for (themes 1-3) and its published korpsrichtlijnen. */
export function ThemePage(props: ThemePageProps): React.ReactElement {
  const repository = usePolicyRepository();
  const state = useAsync(() => repository.loadTheme(props.number), [repository, props.number]);
  const strings = useStrings().policy;
  const styles = useThemePageStyles();
  const layout = usePageLayoutStyles();
  const { navigate } = useNavigation();
  const back = { label: strings.theme.back, route: policyRoutes.home() };
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    return (
      <>
        <PageHeader heading={format(strings.home.themeNumber, { number: props.number })} back={back} />
        <ErrorMessage error={state.error} onRetry={state.reload} />
      </>
    );
  }
  const theme: Theme = state.data.theme;
  const action = actionTexts(strings.theme, theme.action);
  const route = declarationRoute(theme.action);
  return (
    <>
      <PageHeader heading={format(strings.theme.heading, { number: theme.number, title: theme.title })} back={back} />
      <div className={layout.layout}>
        <div className={layout.column}>
          {theme.callout && <blockquote className={styles.callout}>{theme.callout}</blockquote>}
          <RichText html={theme.body} />
        </div>
        <div className={layout.column}>
          {action && route && (
            <section className={layout.panel}>
              <Subtitle1 as="h3" className={layout.heading}>
                {strings.theme.actionHeading}
              </Subtitle1>
              <Body1>{action.hint}</Body1>
              <Button appearance="primary" size="large" onClick={() => navigate(route)}>
                {action.label}
              </Button>
            </section>
          )}
          <section className={layout.column}>
            <Subtitle1 as="h3" className={layout.heading}>
              {strings.theme.relatedHeading}
            </Subtitle1>
            {state.data.directives.items.length ? (
              <DirectiveLinks directives={state.data.directives.items} />
            ) : (
              <Body1 className={layout.muted}>{strings.theme.noRelated}</Body1>
            )}
            {state.data.directives.next && <Link onClick={() => navigate(policyRoutes.directives())}>{strings.home.allDirectives} →</Link>}
          </section>
        </div>
      </div>
    </>
  );
}
