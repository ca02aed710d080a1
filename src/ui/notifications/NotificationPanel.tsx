import * as React from 'react';
import { Button, Caption1, mergeClasses, Popover, PopoverSurface, Subtitle2, Text } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import type { AppNotification, Inbox } from '../../data/notifications/types';
import { format, type Strings } from '../../loc';
import { formatDateTimeBE } from '../registers/formatTime';
import { useNotificationPanelStyles } from './NotificationPanel.styles';

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

/** The text of a notification in the reader's language (the stored title and reason are shown as written). */
function notificationText(strings: Strings, n: AppNotification): string {
  const s = strings.proposals;
  if (!n.activity) return n.title;
  return format(s.activity[n.activity], { actor: n.actorName, title: n.title, status: n.status ? s.status[n.status] : '' });
}

/** Props of {@link NotificationPanel}. */
export interface NotificationPanelProps {
  /** The bell the list opens below (and gives the focus back to when it closes). */
  target: HTMLElement | null;
  inbox: Inbox | null;
  failed: boolean;
  onInbox(inbox: Inbox): void;
  onOpenNotification(n: AppNotification): void;
  /** The list closes: Escape, a click beside it (not on the bell: the bell closes it itself). */
  onClose(): void;
}

/**
 * The bell's list of the newest notifications, each leading to the proposal it is about, and "mark all as read": a
 * chunk of its own (the popover and its positioning), loaded when the user reaches for the bell.
 */
export function NotificationPanel(props: NotificationPanelProps): React.ReactElement {
  const { target, inbox, failed, onInbox, onOpenNotification, onClose } = props;
  const strings = useStrings();
  const s = strings.notifications;
  const styles = useNotificationPanelStyles();
  const repo = useServices().notifications;
  const [marking, setMarking] = React.useState(false);
  const [markFailed, setMarkFailed] = React.useState(false);
  const unread = inbox ? inbox.unreadCount : 0;
  // when the list closes with the focus in it (Escape, a notification opened), the focus goes back to the bell; not
  // when the user put it elsewhere (a click on another control). A layout clean-up runs before the list leaves the page:
  // the focus leaves the popover while it is still there, so the popover stops hiding the page behind it from screen
  // readers (once removed with the focus inside, the page would stay aria-hidden).
  const surface = React.useRef<HTMLDivElement>(null);
  React.useLayoutEffect(() => {
    const list = surface.current;
    return () => {
      const active = document.activeElement;
      if (target && (!active || active === document.body || (list && list.contains(active)))) target.focus();
    };
  }, [target]);

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
        onInbox(current);
      }
    } catch {
      setMarkFailed(true);
    } finally {
      setMarking(false);
    }
  };

  return (
    <Popover
      open
      onOpenChange={(event, data) => {
        if (!data.open && !(target && event.target instanceof Node && target.contains(event.target))) onClose();
      }}
      positioning={{ target, position: 'below', align: 'end' }}
      trapFocus
    >
      <PopoverSurface ref={surface} className={styles.surface} aria-label={s.heading}>
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
                <Button appearance="subtle" className={mergeClasses(styles.item, !n.isRead && styles.unread)} onClick={() => onOpenNotification(n)}>
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
  );
}
