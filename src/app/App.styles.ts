import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the app frame. */
export const useAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  user: {
    marginLeft: 'auto',
    color: tokens.colorNeutralForeground2,
  },
  main: {
    minHeight: '200px',
  },
});
