import { makeStyles, tokens } from '@fluentui/react-components';

/** The two parts of the Opleidingen view side by side, wrapping on a phone. */
export const useTrainingsNavStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  current: { fontWeight: tokens.fontWeightSemibold },
});
