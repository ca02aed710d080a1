import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the proposals view. */
export const useProposalsViewStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  /** The parts' tab bar wraps on a phone instead of widening the page. */
  tabs: {
    flexWrap: 'wrap',
  },
  about: { margin: 0, maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
});
