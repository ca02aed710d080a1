import { makeStyles, tokens } from '@fluentui/react-components';

/** A due date with how it stands, on one line that may wrap. */
export const useClockBadgeStyles = makeStyles({
  root: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});
