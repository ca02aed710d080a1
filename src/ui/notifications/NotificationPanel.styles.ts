import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the notification bell's list. */
export const useNotificationPanelStyles = makeStyles({
  surface: {
    width: '380px',
    maxWidth: '90vw',
    maxHeight: '70vh',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    textAlign: 'left',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    height: 'auto',
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
  },
  unread: {
    fontWeight: tokens.fontWeightSemibold,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  meta: {
    color: tokens.colorNeutralForeground2,
  },
});
