import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { routeHref, useNavigation, type Route } from '../../app/navigation';

/** Props of {@link RouteLink}. */
export interface RouteLinkProps {
  route: Route;
  children: React.ReactNode;
  'aria-label'?: string;
  className?: string;
}

/** A link to a page of the app: a real address (a new tab, a copied link) that navigates in place when clicked. */
export function RouteLink(props: RouteLinkProps): React.ReactElement {
  const { navigate } = useNavigation();
  return (
    <Link
      href={routeHref(props.route)}
      aria-label={props['aria-label']}
      className={props.className}
      onClick={(ev) => {
        if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
        ev.preventDefault();
        navigate(props.route);
      }}
    >
      {props.children}
    </Link>
  );
}
