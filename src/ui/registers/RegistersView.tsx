import * as React from 'react';
import { useNavigation } from '../../app/navigation';
import { DamageDetail } from './DamageDetail';
import { DamageForm } from './DamageForm';
import { GiftDetail } from './GiftDetail';
import { GiftForm } from './GiftForm';
import { RegistersOverview } from './RegistersOverview';
import { parseRegisterRoute } from './routes';
import { SideActivityDetail } from './SideActivityDetail';
import { SideActivityForm } from './SideActivityForm';

/** The Registers view: the overview, a declaration form (`nieuw/<register>`) or one declaration (`<register>/<id>`). */
export function RegistersView(): React.ReactElement {
  const route = parseRegisterRoute(useNavigation().route.item);
  if (route.page === 'new') {
    if (route.kind === 'geschenk') return <GiftForm />;
    return route.kind === 'nevenactiviteit' ? <SideActivityForm /> : <DamageForm />;
  }
  if (route.page === 'detail') {
    if (route.kind === 'geschenk') return <GiftDetail key={route.id} id={route.id} />;
    return route.kind === 'nevenactiviteit' ? <SideActivityDetail key={route.id} id={route.id} /> : <DamageDetail key={route.id} id={route.id} />;
  }
  return <RegistersOverview />;
}
