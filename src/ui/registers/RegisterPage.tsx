import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation, type Route } from '../../app/navigation';
import { useRegisterStyles } from './registers.styles';

/** Props of {@link RegisterPage}. */
export interface RegisterPageProps {
  heading: string;
  /** Where "back" leads; a page with a way back takes the focus on its heading when it opens. */
  back?: Route;
  backLabel?: string;
  children?: React.ReactNode;
}

/** A page of the registers, the complaints register or the dashboard: the way back, the heading, the content. */
export function RegisterPage(props: RegisterPageProps): React.ReactElement {
  const styles = useRegisterStyles();
  const strings = useStrings();
  const { navigate } = useNavigation();
  const heading = React.useRef<HTMLHeadingElement>(null);
  const { back } = props;
  React.useEffect(() => {
    // keyboard and screen reader users land where the new content starts
    if (back) heading.current?.focus();
  }, [props.heading]);
  return (
    <section className={styles.page}>
      {back && (
        <Link
          href="#"
          onClick={(ev) => {
            ev.preventDefault();
            navigate(back);
          }}
        >
          ← {props.backLabel || strings.registers.common.back}
        </Link>
      )}
      <h2 ref={heading} tabIndex={back ? -1 : undefined} className={styles.heading}>
        {props.heading}
      </h2>
      {props.children}
    </section>
  );
}

/** Props of {@link Details}. */
export interface DetailsProps {
  rows: ReadonlyArray<readonly [string, React.ReactNode] | null | false>;
}

/** A description list of labelled values; empty values show a dash. */
export function Details(props: DetailsProps): React.ReactElement {
  const none = useStrings().registers.common.none;
  const styles = useRegisterStyles();
  return (
    <dl className={styles.details}>
      {props.rows
        .filter((row): row is readonly [string, React.ReactNode] => !!row)
        .map(([label, value]) => (
          <div key={label} className={styles.detailsRow}>
            <dt>{label}</dt>
            <dd>{value === null || value === undefined || value === '' ? none : value}</dd>
          </div>
        ))}
    </dl>
  );
}
