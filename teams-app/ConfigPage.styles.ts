import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the channel tab's configuration page (shown inside Teams' "add a tab" dialog). */
export const useConfigPageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100%',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    margin: 0,
  },
  intro: {
    margin: 0,
    maxWidth: '640px',
  },
});
