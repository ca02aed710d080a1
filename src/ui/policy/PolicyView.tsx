import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage } from '../common/ErrorMessage';
import { DirectiveEditor } from './DirectiveEditor';
import { DirectiveList } from './DirectiveList';
import { DirectivePage } from './DirectivePage';
import { PageHeader } from './PageHeader';
import { PolicyHome } from './PolicyHome';
import { parsePolicyItem, policyRoutes } from './routes';
import { ThemePage } from './ThemePage';

/** The Beleid view: the home, a theme, the korpsrichtlijnen, one korpsrichtlijn or its editor, as the route's item says. */
export function PolicyView(): React.ReactElement {
  const { route } = useNavigation();
  const strings = useStrings();
  const page = parsePolicyItem(route.item);
  switch (page.kind) {
    case 'home':
      return <PolicyHome />;
    case 'theme':
      return <ThemePage key={page.number} number={page.number} />;
    case 'directives':
      return <DirectiveList />;
    case 'directive':
      return <DirectivePage key={page.id} id={page.id} />;
    case 'newDirective':
      return <DirectiveEditor />;
    case 'editDirective':
      return <DirectiveEditor key={page.id} id={page.id} />;
    default:
      return (
        <>
          <PageHeader heading={strings.policy.title} back={{ label: strings.policy.theme.back, route: policyRoutes.home() }} />
          <ErrorMessage error={{ status: 404 }} />
        </>
      );
  }
}
