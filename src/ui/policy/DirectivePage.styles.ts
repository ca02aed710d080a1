import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of a korpsrichtlijn page (its layout: ./PageLayout.styles). */
export const useDirectivePageStyles = makeStyles({
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  number: { fontWeight: tokens.fontWeightSemibold },
  summary: { ...typographyStyles.subtitle2, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, margin: 0, maxWidth: '72ch' },
  themes: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});
