import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of the view's home: the intro, the filter, the list of published reports, the drafts. */
export const useReportsHomeStyles = makeStyles({
  intro: { margin: `0 0 ${tokens.spacingVerticalL}`, maxWidth: '70ch' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXXL },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  filter: { maxWidth: '360px' },
});
