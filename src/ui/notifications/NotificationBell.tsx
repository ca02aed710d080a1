import * as React from 'react';
import { Button, CounterBadge } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import { lazyPart } from '../../app/lazy';
import { useNavigation } from '../../app/navigation';
import { NOTIFICATIONS_SHOWN, type AppNotification, type Inbox } from '../../data/notifications/types';
import { format, loadFeatureStrings } from '../../loc';
import { useNotificationBellStyles } from './NotificationBell.styles';

/**
 * The list the bell opens: its own chunk (the popover and its positioning) with the proposals' texts it tells each
 * notification in, loaded when the user reaches for the bell.
 */
const NotificationPanel = lazyPart(
  () =>
    Promise.all([import(/* webpackChunkName: "notification-panel" */ './NotificationPanel'), loadFeatureStrings(['proposals'])]).then(
      ([m]) => m.NotificationPanel,
    ),
  null,
);
const preloadPanel = (): void => {
  NotificationPanel.preload().catch(() => undefined);
};

/** How often the bell looks for new notifications while the page is visible. */
const POLL_MS = 60000;

function BellIcon(): React.ReactElement {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M10 2a5 5 0 0 0-5 5v2.59l-1.7 3.4A.75.75 0 0 0 4 14h12a.75.75 0 0 0 .7-1.01L15 9.59V7a5 5 0 0 0-5-5Zm0 16a2.5 2.5 0 0 1-2.45-2h4.9A2.5 2.5 0 0 1 10 18Z"
      />
    </svg>
  );
}

/**
 * The bell in the app's header: the number of unread notifications, and a list of the newest that leads to the
 * proposal each is about (marking it read).
 */
export function NotificationBell(): React.ReactElement {
  const s = useStrings().notifications;
  const styles = useNotificationBellStyles();
  const repo = useServices().notifications;
  const { navigate } = useNavigation();
  const [inbox, setInbox] = React.useState<Inbox | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  // the bell its list opens below and gives the focus back to when it closes
  const [bell, setBell] = React.useState<HTMLElement | null>(null);

  const refresh = React.useCallback(() => {
    repo.inbox().then(
      (next) => {
        setInbox(next);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [repo]);

  React.useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const unread = inbox ? inbox.unreadCount : 0;
  const countText = unread > NOTIFICATIONS_SHOWN ? `${NOTIFICATIONS_SHOWN}+` : String(unread);
  const openNotification = (n: AppNotification): void => {
    setOpen(false);
    if (!n.isRead) repo.markRead(n).then(refresh, () => undefined);
    if (n.proposalId !== null) navigate({ view: 'voorstellen', item: `voorstel/${n.proposalId}` });
  };

  return (
    <span className={styles.anchor}>
      <Button
        ref={setBell}
        appearance="subtle"
        icon={<BellIcon />}
        aria-label={unread > 0 ? format(s.buttonUnread, { count: countText }) : s.button}
        aria-expanded={open}
        onPointerEnter={preloadPanel}
        onFocus={preloadPanel}
        onClick={() => {
          if (!open) refresh();
          setOpen(!open);
        }}
      />
      {open && (
        <NotificationPanel target={bell} inbox={inbox} failed={failed} onInbox={setInbox} onOpenNotification={openNotification} onClose={() => setOpen(false)} />
      )}
      {unread > 0 && <CounterBadge className={styles.counter} count={unread} overflowCount={NOTIFICATIONS_SHOWN} size="small" aria-hidden="true" />}
    </span>
  );
}
