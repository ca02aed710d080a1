import * as React from 'react';
import { useNavigation } from '../../app/navigation';
import { DilemmaPage } from './DilemmaPage';
import { parseTrainingsRoute } from './routes';
import { SessionForm } from './SessionForm';
import { TrainingPage } from './TrainingPage';
import { TrainingsOverview } from './TrainingsOverview';

/** The Opleidingen view: the opleidingsplan, a session, planning one, or the dilemmas for team meetings. */
export function TrainingsView(): React.ReactElement {
  const route = parseTrainingsRoute(useNavigation().route.item);
  if (route.page === 'new') return <SessionForm />;
  if (route.page === 'plan') return <SessionForm key={route.id} id={route.id} />;
  if (route.page === 'training') return <TrainingPage key={route.id} id={route.id} />;
  if (route.page === 'dilemmas') return <DilemmaPage />;
  return <TrainingsOverview />;
}
