import * as React from 'react';
import { useNavigation } from '../../app/navigation';
import { AdministrationPage } from './AdministrationPage';
import { ComplaintIntake } from './ComplaintIntake';
import { ComplaintRegister } from './ComplaintRegister';
import { DossierPage } from './DossierPage';
import { AnnualFiguresPage, MonthlyListingPage } from './ReportPages';
import { parseComplaintRoute } from './routes';

/** The Klachten view: the register, the intake, one dossier, the monthly listing or the annual figures. */
export function ComplaintsView(): React.ReactElement {
  const route = parseComplaintRoute(useNavigation().route.item);
  switch (route.page) {
    case 'intake':
      return <ComplaintIntake />;
    case 'administration':
      return <AdministrationPage />;
    case 'dossier':
      return <DossierPage key={route.id} id={route.id} />;
    case 'listing':
      return <MonthlyListingPage key={route.month || ''} month={route.month} />;
    case 'figures':
      return <AnnualFiguresPage key={route.year || 0} year={route.year} />;
    default:
      return <ComplaintRegister />;
  }
}
