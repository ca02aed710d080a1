import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { ErrorMessage } from '../common/Status';
import { DraftPage } from './DraftPage';
import { ReportPage } from './ReportPage';
import { ReportsHome } from './ReportsHome';
import { parseVerslagenItem } from './routes';

/** The Verslagen & nieuwsbrief view: the published reports and newsletters, and for their writers the drafts. */
export function VerslagenView(): React.ReactElement {
  const { route } = useNavigation();
  const strings = useStrings();
  const page = parseVerslagenItem(route.item);
  switch (page.kind) {
    case 'home':
      return <ReportsHome />;
    case 'report':
      return <ReportPage key={page.id} id={page.id} />;
    case 'draft':
      return <DraftPage key={page.id} id={page.id} />;
    default:
      return <ErrorMessage error={Object.assign(new Error(strings.errors.notFound), { status: 404 })} />;
  }
}
