import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import type { MeldenHome as Home } from '../../data/melden/MeldenRepository';
import { AsyncContent, Status } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { ChannelInfo } from './ChannelInfo';
import { RegisterSection } from './RegisterSection';
import { ReportTable } from './ReportTable';
import { meldenItems } from './routes';
import { useMelden } from './useMelden';
import { usePaged } from '../registers/usePaged';

/** The channel's home: what it is for, the user's own reports and, for the contacts, the running clocks and the register. */
export function MeldenHome(): React.ReactElement {
  const m = useStrings().melden;
  const repo = useMelden();
  const state = useAsync(() => repo.loadHome(), [repo]);
  return (
    <RegisterPage heading={m.title}>
      <AsyncContent state={state}>{(home) => <HomeContent home={home} />}</AsyncContent>
    </RegisterPage>
  );
}

function HomeContent(props: { home: Home }): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const { navigate } = useNavigation();
  const { home } = props;
  const now = new Date();
  const repo = useMelden();
  const mine = usePaged(home.mine, React.useCallback((after: number) => repo.loadPage('mine', after), [repo]));
  return (
    <>
      <p className={styles.muted}>{m.intro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => navigate({ view: 'melden', item: meldenItems.new })}>
          {m.home.report}
        </Button>
        {home.isHandler && (
          <>
            <Button onClick={() => navigate({ view: 'melden', item: meldenItems.onBehalf })}>{m.home.registerOnBehalf}</Button>
            <Button onClick={() => navigate({ view: 'melden', item: meldenItems.figures(Number(brusselsDateOf(now).slice(0, 4))) })}>{m.home.figures}</Button>
          </>
        )}
      </div>
      {home.isHandler && home.running && (
        <section className={styles.section} aria-labelledby="melden-running">
          <h3 id="melden-running" className={styles.subheading}>{m.home.runningHeading}</h3>
          <ReportTable caption={m.home.runningHeading} reports={home.running} empty={m.home.runningEmpty} clocks now={now} />
        </section>
      )}
      {home.isHandler && home.register && <RegisterSection first={home.register} now={now} />}
      <section className={styles.section} aria-labelledby="melden-mine">
        <h3 id="melden-mine" className={styles.subheading}>{m.home.mineHeading}</h3>
        <ReportTable caption={m.home.mineHeading} reports={mine.items} empty={m.home.mineEmpty} onLoadMore={!home.isHandler && mine.hasMore ? mine.loadMore : undefined} loadingMore={mine.loading} now={now} />
        {mine.error ? <Status error={mine.error} onRetry={mine.loadMore} /> : null}
      </section>
      <ChannelInfo contacts={home.contacts} />
    </>
  );
}
