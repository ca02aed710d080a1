import * as React from 'react';
import { useNavigation } from '../../app/navigation';
import { IncidentForm } from './IncidentForm';
import { IncidentPage } from './IncidentPage';
import { ResistanceOverview } from './ResistanceOverview';
import { parseResistanceRoute } from './routes';

/** The Weerspannigheid view: the overview with the open clocks, the registration form, or one incident. */
export function ResistanceView(): React.ReactElement {
  const route = parseResistanceRoute(useNavigation().route.item);
  if (route.page === 'new') return <IncidentForm />;
  if (route.page === 'incident') return <IncidentPage key={route.id} id={route.id} />;
  return <ResistanceOverview />;
}
