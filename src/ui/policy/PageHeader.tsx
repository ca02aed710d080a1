import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useNavigation, type Route } from '../../app/navigation';
import { usePageHeaderStyles } from './PageHeader.styles';

/** Props of {@link PageHeader}. */
export interface PageHeaderProps {
  heading: string;
  /** Where "back" leads, with its label. */
  back?: { label: string; route: Route };
  children?: React.ReactNode;
}

/**
 * The heading of a page inside a view, with the way back. A page opened from another page takes the focus on its
 * heading, so keyboard and screen reader users land where the new content starts.
 */
export function PageHeader(props: PageHeaderProps): React.ReactElement {
  const styles = usePageHeaderStyles();
  const { navigate } = useNavigation();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { back } = props;
  React.useEffect(() => {
    if (back) heading.current?.focus();
  }, []);
  return (
    <div className={styles.root}>
      {back && (
        <Link className={styles.back} onClick={() => navigate(back.route)}>
          ← {back.label}
        </Link>
      )}
      <h2 ref={heading} tabIndex={back ? -1 : undefined} className={styles.heading}>
        {props.heading}
      </h2>
      {props.children}
    </div>
  );
}
