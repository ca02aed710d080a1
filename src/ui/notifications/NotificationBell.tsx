import * as React from 'react';
import { Button, Caption1, CounterBadge, mergeClasses, Popover, PopoverSurface, PopoverTrigger, Subtitle2, Text } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { NOTIFICATIONS_SHOWN, type AppNotification, type Inbox } from '../../data/notifications/types';
import { format, type Strings } from '../../loc';
import { formatDateTimeBE } from '../registers/formatTime';
import { useNotificationBellStyles } from './NotificationBell.styles';

/** Read out by screen readers, not shown (the unread state is shown by weight and a bar, not by a word). */
const VISUALLY_HIDDEN: React.CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** How often the bell looks for new notifications while the page is visible. */
const POLL_MS = 60000;

/** The text of a notification in the reader's language (the stored title and reason are shown as written). */
function notificationText(strings: Strings, n: AppNotification): string {
  const s = strings.proposals;
  if (!n.activity) return n.title;
  return format(s.activity[n.activity], { actor: n.actorName, title: n.title, status: n.status ? s.status[n.status] : '' });
}

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
  const strings = useStrings();
  const s = strings.proposals.notifications;
  const styles = useNotificationBellStyles();
  const repo = useServices().notifications;
  const { navigate } = useNavigation();
  const [inbox, setInbox] = React.useState<Inbox | null>(null);
  const [failed, setFailed] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const [marking, setMarking] = React.useState(false);
  const [markFailed, setMarkFailed] = React.useState(false);

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

  // every unread one is marked, page by page of the newest (the inbox shows at most NOTIFICATIONS_SHOWN at a time)
  const markAllRead = async (): Promise<void> => {
    setMarking(true);
    setMarkFailed(false);
    try {
      let current = inbox;
      for (let round = 0; current && current.unreadCount > 0 && round < 50; round++) {
        const unreadShown = current.latest.filter((n) => !n.isRead);
        if (unreadShown.length === 0) break;
        await Promise.all(unreadShown.map((n) => repo.markRead(n)));
        current = await repo.inbox();
        setInbox(current);
      }
    } catch {
      setMarkFailed(true);
    } finally {
      setMarking(false);
    }
  };

  return (
    <span className={styles.anchor}>
      <Popover
        open={open}
        onOpenChange={(_ev, data) => {
          setOpen(data.open);
          if (data.open) refresh();
        }}
        positioning="below-end"
        trapFocus
      >
        <PopoverTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<BellIcon />} aria-label={unread > 0 ? format(s.buttonUnread, { count: countText }) : s.button} />
        </PopoverTrigger>
        <PopoverSurface className={styles.surface} aria-label={s.heading}>
          <div className={styles.header}>
            <Subtitle2 as="h2" className={styles.heading}>
              {s.heading}
            </Subtitle2>
            {unread > 0 && (
              <Button appearance="transparent" size="small" disabled={marking} onClick={() => void markAllRead()}>
                {s.markAllRead}
              </Button>
            )}
          </div>
          {markFailed && <Text role="alert">{s.markAllReadFailed}</Text>}
          {failed && <Text role="alert">{s.loadError}</Text>}
          {inbox && inbox.latest.length === 0 && <Text>{s.empty}</Text>}
          {inbox && inbox.latest.length > 0 && (
            <ul className={styles.list}>
              {inbox.latest.map((n) => (
                <li key={n.itemId}>
                  <Button appearance="subtle" className={mergeClasses(styles.item, !n.isRead && styles.unread)} onClick={() => openNotification(n)}>
                    {/* the spaces between the parts keep the button's accessible name readable; the column ignores them */}
                    <span>{notificationText(strings, n)}</span>{' '}
                    {n.body && <Caption1 className={styles.meta}>{n.body}</Caption1>}{' '}
                    <Caption1 className={styles.meta}>
                      <time dateTime={n.at}>{formatDateTimeBE(n.at)}</time>
                    </Caption1>
                    {!n.isRead && <span style={VISUALLY_HIDDEN}>{`, ${s.unread}`}</span>}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </PopoverSurface>
      </Popover>
      {unread > 0 && <CounterBadge className={styles.counter} count={unread} overflowCount={NOTIFICATIONS_SHOWN} size="small" aria-hidden="true" />}
    </span>
  );
}
