import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of the view's home: the intro, the filter, the list of published reports, the drafts. */
export const useReportsHomeStyles = makeStyles({
  intro: { marginBottom: tokens.spacingVerticalXL, maxWidth: '70ch', '& p': { margin: 0 } },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXXL },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  filter: { maxWidth: '360px' },
});
