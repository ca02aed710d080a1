import * as React from 'react';
import { useNavigation } from '../../app/navigation';
import { FiguresPage } from './FiguresPage';
import { MeldenHome } from './MeldenHome';
import { RegisterForm } from './RegisterForm';
import { ReportForm } from './ReportForm';
import { ReportPage } from './ReportPage';
import { parseMeldenRoute } from './routes';

/** The Integriteitsmelding view: the channel's home, the report form, a report, the contacts' registration and figures. */
export function MeldenView(): React.ReactElement {
  const route = parseMeldenRoute(useNavigation().route.item);
  if (route.page === 'new') return <ReportForm />;
  if (route.page === 'onBehalf') return <RegisterForm />;
  if (route.page === 'report') return <ReportPage key={route.id} id={route.id} />;
  if (route.page === 'figures') return <FiguresPage year={route.year} />;
  return <MeldenHome />;
}
