import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { ReportPage } from '../../data/melden/MeldenRepository';
import { Status } from '../common/Status';
import { useRegisterStyles } from '../registers/registers.styles';
import { ReportTable } from './ReportTable';
import { usePaged } from '../registers/usePaged';
import { useMelden } from './useMelden';

/** Props of {@link RegisterSection}. */
export interface RegisterSectionProps {
  /** The register's first page, from the view's one read. */
  first: ReportPage;
  now: Date;
}

/** The contacts' register of every report, newest first, with both clocks and "show more". */
export function RegisterSection(props: RegisterSectionProps): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const repo = useMelden();
  const register = usePaged(props.first, React.useCallback((after: number) => repo.loadPage('register', after), [repo]));
  return (
    <section className={styles.section} aria-labelledby="melden-register">
      <h3 id="melden-register" className={styles.subheading}>{m.home.registerHeading}</h3>
      <ReportTable caption={m.home.registerHeading} reports={register.items} empty={m.home.registerEmpty} clocks onLoadMore={register.hasMore ? register.loadMore : undefined} loadingMore={register.loading} now={props.now} />
      {register.error ? <Status error={register.error} onRetry={register.loadMore} /> : null}
    </section>
  );
}
