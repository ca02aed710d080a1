import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles shared by the lists of proposals (team, queue, agenda, comité). */
export const useProposalListStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  intro: {
    margin: 0,
    maxWidth: '70ch',
    color: tokens.colorNeutralForeground2,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  groupHeading: {
    margin: 0,
  },
});
