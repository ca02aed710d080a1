import { makeStyles } from '@fluentui/react-components';

/** Styles of the notification bell: the button and its count. */
export const useNotificationBellStyles = makeStyles({
  anchor: {
    position: 'relative',
    display: 'inline-flex',
  },
  counter: {
    position: 'absolute',
    top: '-2px',
    right: '-2px',
    pointerEvents: 'none',
  },
});
