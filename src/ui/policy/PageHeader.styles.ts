import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of a page header: the way back above the heading. */
export const usePageHeaderStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalL },
  back: { alignSelf: 'flex-start' },
  // the heading takes the focus only to announce the new page; it is not a control, so it shows no focus ring
  heading: { ...typographyStyles.title2, margin: 0, ':focus': { outlineStyle: 'none' } },
});
