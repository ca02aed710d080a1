import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { lazyPart } from '../../app/lazy';
import { ErrorMessage, Status } from '../common/Status';
import { PageHeader } from './PageHeader';
import { PolicyHome } from './PolicyHome';
import { parsePolicyItem, policyRoutes, type PolicyPage } from './routes';

// The home is what most visits show; the other pages (and the editor's and the rich text's libraries) load when opened.
const ThemePage = lazyPart(() => import(/* webpackChunkName: "beleid-thema" */ './ThemePage').then((m) => m.ThemePage), <Status loading />);
const DirectiveList = lazyPart(() => import(/* webpackChunkName: "beleid-richtlijnen" */ './DirectiveList').then((m) => m.DirectiveList), <Status loading />);
const DirectivePage = lazyPart(() => import(/* webpackChunkName: "beleid-richtlijn" */ './DirectivePage').then((m) => m.DirectivePage), <Status loading />);
const SettingsView = lazyPart(() => import(/* webpackChunkName: "beleid-instellingen" */ '../settings/SettingsView').then((m) => m.SettingsView), <Status loading />);
const DirectiveEditor = lazyPart(() => import(/* webpackChunkName: "beleid-editor" */ './DirectiveEditor').then((m) => m.DirectiveEditor), <Status loading />);

/** The pages in chunks of their own, by the kind of page an address opens. */
const PAGE_PARTS: Partial<Record<PolicyPage['kind'], { preload(): Promise<void> }>> = {
  theme: ThemePage,
  directives: DirectiveList,
  directive: DirectivePage,
  concept: DirectivePage,
  newDirective: DirectiveEditor,
  editConcept: DirectiveEditor,
};

/** Loads the code of the page an address opens (the frame waits for it, so the page's reads join the first round trip). */
function preloadPage(item: string | undefined): Promise<void> {
  const part = PAGE_PARTS[parsePolicyItem(item).kind];
  return part ? part.preload() : Promise.resolve();
}

/** The Beleid view: the home, a theme, the korpsrichtlijnen, one korpsrichtlijn, a concept or its editor, as the route's item says. */
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
      return <DirectivePage key={`richtlijn-${page.id}`} id={page.id} />;
    case 'concept':
      return <DirectivePage key={`concept-${page.id}`} id={page.id} concept />;
    case 'newDirective':
      return <DirectiveEditor />;
    case 'settings':
      return <SettingsView />;
    case 'editConcept':
      return <DirectiveEditor key={page.id} conceptId={page.id} />;
    default:
      return (
        <>
          <PageHeader heading={strings.policy.title} back={{ label: strings.policy.theme.back, route: policyRoutes.home() }} />
          <ErrorMessage error={{ status: 404 }} />
        </>
      );
  }
}

PolicyView.preloadPage = preloadPage;
