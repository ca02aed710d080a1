import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { DILEMMAS_ROUTE } from './routes';
import { useTrainingsNavStyles } from './TrainingsNav.styles';

/** Props of {@link TrainingsNav}. */
export interface TrainingsNavProps {
  current: 'plan' | 'dilemmas';
}

/** Links between the opleidingsplan and the dilemmas for team meetings; the current one is marked for screen readers. */
export function TrainingsNav(props: TrainingsNavProps): React.ReactElement {
  const t = useStrings().trainings;
  const styles = useTrainingsNavStyles();
  const { navigate } = useNavigation();
  const link = (key: 'plan' | 'dilemmas', label: string, item: string | undefined) => (
    <Link
      href="#"
      className={props.current === key ? styles.current : undefined}
      aria-current={props.current === key ? 'page' : undefined}
      onClick={(ev) => {
        ev.preventDefault();
        navigate({ view: 'opleidingen', item });
      }}
    >
      {label}
    </Link>
  );
  return (
    <nav className={styles.root} aria-label={t.title}>
      {link('plan', t.tabs.plan, undefined)}
      {link('dilemmas', t.tabs.dilemmas, DILEMMAS_ROUTE)}
    </nav>
  );
}
