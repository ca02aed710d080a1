import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the form that starts a draft: its fields side by side, stacked on a phone. */
export const useNewDraftFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { flexBasis: '100%', margin: 0 },
  field: { minWidth: '200px', flexGrow: 1, maxWidth: '320px' },
  hint: { flexBasis: '100%' },
});
