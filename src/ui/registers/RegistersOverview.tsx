import * as React from 'react';
import { Badge, Button, Link, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { formatDateBE } from '../../domain/dates';
import { adviceReminderDays, adviceStatus, giftFlags, type AdviceReminderSettings } from '../../domain/registers';
import { isIn } from '../../domain/membership';
import type { DamageRecord, GiftRecord, RegisterKind, SideActivityRecord } from '../../data/registers/RegistersRepository';
import { format, formatCount } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useWithZoneSettings } from '../settings/useWithZoneSettings';
import { ZoneChoice } from '../settings/ZoneChoice';
import { AbsencesCard } from './AbsencesCard';
import { Notice } from './feedback';
import { RecordTable, type Column } from './RecordTable';
import { RegisterPage } from './RegisterPage';
import { useRegisterStyles } from './registers.styles';
import { detailRoute, newItemRoute } from './routes';
import { StatusBadge } from './StatusBadge';
import { useOutbox, useRegistersRepository } from './useRegisters';
import { usePaged } from './usePaged';

/** Who handles each register (sees every declaration in it, not only their own). */
const HANDLERS: Record<RegisterKind, Parameters<typeof isIn>[1][]> = {
  geschenk: ['internToezicht'],
  nevenactiviteit: ['politiecollege', 'korpsleiding'],
  materiaalschade: ['logistiek', 'beheerders'],
};

/** Declarations waiting in this browser's outbox; they are sent when the view opens and when the browser is back online. */
function OutboxNotice(props: { onSent(): void }): React.ReactElement | null {
  const outbox = useOutbox();
  const strings = useStrings();
  const [pending, setPending] = React.useState(() => outbox.pending().length);
  const { onSent } = props;
  React.useEffect(() => {
    const flush = (): void => {
      if (!outbox.pending().length) return;
      outbox.flush().then((sent) => {
        setPending(outbox.pending().length);
        if (sent.length) onSent();
      }, () => undefined);
    };
    flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [outbox, onSent]);
  return pending ? <Notice intent="warning">{formatCount(strings, strings.registers.common.outboxPending, pending)}</Notice> : null;
}

/** One register on the home page: its heading, whose declarations these are, and the table. */
function RegisterSection(props: { title: string; subtitle: string; children: React.ReactNode }): React.ReactElement {
  const styles = useRegisterStyles();
  const id = useId('register');
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h3 id={id} className={styles.subheading}>
        {props.title}
      </h3>
      <p className={styles.muted}>{props.subtitle}</p>
      {props.children}
    </section>
  );
}

/** Props of {@link AdviceReminder}. */
interface AdviceReminderProps {
  awaiting: SideActivityRecord[];
  now: Date;
  /** The zone's reminder days. */
  settings: AdviceReminderSettings;
}

/**
 * The reminders of the 45-day advice term (from the zone's first reminder day before it ends, then overdue) for the
 * politiecollege and the korpsleiding: counted from the declarations awaiting advice, every time the registers open.
 */
function AdviceReminder(props: AdviceReminderProps): React.ReactElement | null {
  const strings = useStrings();
  const t = strings.registers.sideActivities;
  const clocks = props.awaiting.map((a) => adviceStatus(a, props.now, props.settings)).filter((c): c is NonNullable<typeof c> => c !== null);
  const soon = clocks.filter((c) => c.status === 'dueSoon');
  const overdue = clocks.filter((c) => c.status === 'overdue');
  if (!soon.length && !overdue.length) return null;
  return (
    <Notice intent={overdue.length ? 'error' : 'warning'} title={t.reminderTitle}>
      {format(t.reminderBody, {
        soon: formatCount(strings, t.reminderSoon, soon.length, { days: adviceReminderDays(props.settings)[0] }),
        overdue: formatCount(strings, t.reminderOverdue, overdue.length),
        date: formatDateBE(clocks[0].deadline),
      })}{' '}
      <ZoneChoice />
    </Notice>
  );
}

/** The registers' home: the three declarations to make, and the declarations the user may see with their status. */
export function RegistersOverview(): React.ReactElement {
  const repo = useRegistersRepository();
  const strings = useStrings();
  const s = strings.registers;
  const styles = useRegisterStyles();
  const { navigate } = useNavigation();
  // the zone's reminder days are read with the registers, in their round trip
  const state = useWithZoneSettings(() => repo.loadOverview(), [repo]);
  const open = (kind: RegisterKind, id: string) => (ev: React.MouseEvent) => {
    ev.preventDefault();
    navigate({ view: 'registers', item: detailRoute(kind, id) });
  };
  const gifts = usePaged(state.status === 'ready' ? state.data.gifts : null, React.useCallback((after: number) => repo.loadGifts(after), [repo]));
  const activities = usePaged(
    state.status === 'ready' ? state.data.sideActivities : null,
    React.useCallback((after: number) => repo.loadSideActivities(after), [repo]),
  );
  const damage = usePaged(state.status === 'ready' ? state.data.damage : null, React.useCallback((after: number) => repo.loadDamage(after), [repo]));

  const body = (): React.ReactNode => {
    if (state.status === 'loading') return <Loading />;
    if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
    const { me } = state.data;
    const handles = (kind: RegisterKind): boolean => isIn(me, ...HANDLERS[kind]);
    const who = (kind: RegisterKind) => (handles(kind) ? s.common.allReports : s.common.yourReports);
    const reporter = (kind: RegisterKind): Column<{ reporter?: { name: string }; declarant?: { name: string } }>[] =>
      handles(kind) ? [{ key: 'who', header: s.common.reportedBy, render: (r) => (r.reporter || r.declarant || { name: '' }).name }] : [];
    const status = <T extends { status: string }>(label: (v: T['status']) => string): Column<T> => ({
      key: 'status',
      header: s.common.status,
      render: (r) => <StatusBadge status={r.status} label={label(r.status)} />,
    });
    const canDeclare = isIn(me, 'medewerkers');
    const giftColumns: Column<GiftRecord>[] = [
      { key: 'date', header: s.gifts.receivedOn, render: (g) => formatDateBE(g.receivedOn) },
      { key: 'what', header: s.gifts.what, render: (g) => <Link href="#" onClick={open('geschenk', g.id)}>{g.what}</Link> },
      { key: 'kind', header: s.gifts.kind, render: (g) => s.gifts.kinds[g.kind] },
      ...(reporter('geschenk') as Column<GiftRecord>[]),
      status<GiftRecord>((v) => s.common.handlingStatus[v]),
      {
        key: 'flags',
        header: s.gifts.flagsTitle,
        render: (g) =>
          giftFlags(g).length ? (
            <Badge appearance="tint" color="danger" className={styles.wrappingBadge}>
              {giftFlags(g).map((f) => s.gifts.flags[f]).join(', ')}
            </Badge>
          ) : null,
      },
    ];
    const now = new Date();
    const activityColumns: Column<SideActivityRecord>[] = [
      { key: 'start', header: s.sideActivities.startDate, render: (a) => formatDateBE(a.startDate) },
      { key: 'what', header: s.sideActivities.activity, render: (a) => <Link href="#" onClick={open('nevenactiviteit', a.id)}>{a.title}</Link> },
      { key: 'kader', header: s.sideActivities.kader, render: (a) => a.kader },
      ...(reporter('nevenactiviteit') as Column<SideActivityRecord>[]),
      status<SideActivityRecord>((v) => s.sideActivities.statuses[v]),
      {
        key: 'clock',
        header: s.sideActivities.deadline,
        render: (a) => {
          const clock = adviceStatus(a, now, state.data.settings);
          return clock ? `${formatDateBE(clock.deadline)} (${s.sideActivities.clock[clock.status]})` : null;
        },
      },
    ];
    const damageColumns: Column<DamageRecord>[] = [
      { key: 'date', header: s.damage.occurredOn, render: (d) => formatDateBE(d.occurredOn) },
      { key: 'what', header: s.damage.what, render: (d) => <Link href="#" onClick={open('materiaalschade', d.id)}>{d.what}</Link> },
      { key: 'cat', header: s.damage.category, render: (d) => s.damage.categories[d.category] },
      ...(reporter('materiaalschade') as Column<DamageRecord>[]),
      status<DamageRecord>((v) => s.common.handlingStatus[v]),
    ];
    return (
      <>
        {canDeclare && (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => navigate({ view: 'registers', item: newItemRoute('geschenk') })}>
              {s.actions.declareGift}
            </Button>
            <Button appearance="primary" onClick={() => navigate({ view: 'registers', item: newItemRoute('nevenactiviteit') })}>
              {s.actions.declareSideActivity}
            </Button>
            <Button appearance="primary" onClick={() => navigate({ view: 'registers', item: newItemRoute('materiaalschade') })}>
              {s.actions.reportDamage}
            </Button>
          </div>
        )}
        <OutboxNotice onSent={state.reload} />
        {isIn(me, 'politiecollege', 'korpsleiding') && <AdviceReminder awaiting={state.data.awaitingAdvice} now={now} settings={state.data.settings} />}
        {state.data.gifts && (
          <RegisterSection title={s.gifts.title} subtitle={who('geschenk')}>
            <RecordTable caption={s.gifts.title} items={gifts.items} columns={giftColumns} rowKey={(g) => g.id} empty={s.common.empty} onLoadMore={gifts.hasMore ? gifts.loadMore : undefined} loadingMore={gifts.loading} />
          </RegisterSection>
        )}
        {state.data.sideActivities && (
          <RegisterSection title={s.sideActivities.title} subtitle={who('nevenactiviteit')}>
          <RecordTable
            caption={s.sideActivities.title}
            items={activities.items}
            columns={activityColumns}
            rowKey={(a) => a.id}
            empty={s.common.empty}
            onLoadMore={activities.hasMore ? activities.loadMore : undefined}
            loadingMore={activities.loading}
          />
          </RegisterSection>
        )}
        {state.data.damage && (
          <RegisterSection title={s.damage.title} subtitle={who('materiaalschade')}>
            <RecordTable caption={s.damage.title} items={damage.items} columns={damageColumns} rowKey={(d) => d.id} empty={s.common.empty} onLoadMore={damage.hasMore ? damage.loadMore : undefined} loadingMore={damage.loading} />
          </RegisterSection>
        )}
        {isIn(me, 'hr') && <AbsencesCard first={state.data.absences} onReload={state.reload} />}
        {[gifts.error, activities.error, damage.error].filter(Boolean).slice(0, 1).map((e, i) => (
          <ErrorMessage key={i} error={e} />
        ))}
      </>
    );
  };

  return (
    <RegisterPage heading={s.title}>
      <p>{s.intro}</p>
      {body()}
    </RegisterPage>
  );
}
