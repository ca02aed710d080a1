import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useRouteLink, type Route } from '../../app/navigation';

/** Props of {@link RouteLink}. */
export interface RouteLinkProps {
  route: Route;
  children: React.ReactNode;
  'aria-label'?: string;
  className?: string;
}

/** A link to a page of the app: a real address (a new tab, a copied link) that navigates in place when clicked. */
export function RouteLink(props: RouteLinkProps): React.ReactElement {
  const link = useRouteLink(props.route);
  return (
    <Link href={link.href} onClick={link.onClick} aria-label={props['aria-label']} className={props.className}>
      {props.children}
    </Link>
  );
}
