import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the framework texts (legal framework, beleidslijnen, instruments …). */
export const usePolicyFrameworkStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  itemTitle: { fontWeight: tokens.fontWeightSemibold },
  signature: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});
