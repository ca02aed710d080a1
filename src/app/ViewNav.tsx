import * as React from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { useStrings } from './contexts';
import { routeLink, useNavigation } from './navigation';
import { viewLabel, type ViewKey } from './views';
import { useViewNavStyles } from './ViewNav.styles';

/** Props of {@link ViewNav}. */
export interface ViewNavProps {
  /** The views offered, in navigation order. */
  views: readonly ViewKey[];
  /** The view shown, marked as the current page. */
  current: ViewKey;
}

/**
 * The bar of the product's parts: site navigation, a landmark with a list of links, each the address of its view
 * (a plain click opens it in place; a new browser tab and a copied link work too), the current one marked as the page
 * the user is on. Tab goes from link to link, Enter opens one.
 */
export function ViewNav(props: ViewNavProps): React.ReactElement {
  const strings = useStrings();
  const styles = useViewNavStyles();
  const { navigate } = useNavigation();
  return (
    <nav aria-label={strings.app.navLabel}>
      <ul className={styles.list}>
        {props.views.map((view) => {
          const label = viewLabel(strings, view);
          const current = view === props.current;
          return (
            <li key={view} className={styles.item}>
              <a {...routeLink({ view }, navigate)} aria-current={current ? 'page' : undefined} className={mergeClasses(styles.link, styles.focusRing, current && styles.current)}>
                {/* the label keeps the width of its bold form: the bar does not shift when the current page changes */}
                <span className={styles.label} data-text={label}>
                  {label}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
