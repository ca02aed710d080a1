import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a start-up notice of the tab. */
export const useTabNoticeStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
