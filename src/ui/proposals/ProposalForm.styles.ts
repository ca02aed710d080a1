import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the proposal form. */
export const useProposalFormStyles = makeStyles({
  // the heading takes the focus when the form opens (programmatically, tabIndex -1): no ring for that
  heading: { ':focus': { outlineStyle: 'none' } },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '760px',
  },
  intro: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalL,
  },
  cost: {
    maxWidth: '320px',
  },
  files: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
});
