import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of sanitized rich text: readable paragraphs, lists and sub-headings. */
export const useRichTextStyles = makeStyles({
  root: {
    ...typographyStyles.body1,
    maxWidth: '72ch',
    overflowWrap: 'break-word',
    '& p': { marginTop: 0, marginBottom: tokens.spacingVerticalM },
    '& ul, & ol': { marginTop: 0, marginBottom: tokens.spacingVerticalM, paddingLeft: tokens.spacingHorizontalXXL },
    '& li': { marginBottom: tokens.spacingVerticalXS },
    '& h3, & h4': { ...typographyStyles.subtitle2, marginTop: tokens.spacingVerticalL, marginBottom: tokens.spacingVerticalS },
    '& a': { color: tokens.colorBrandForegroundLink },
    '& > :last-child': { marginBottom: 0 },
  },
});
