import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of a korpsrichtlijn page. */
export const useDirectivePageStyles = makeStyles({
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  number: { fontWeight: tokens.fontWeightSemibold },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(280px, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 800px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  aside: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  summary: { ...typographyStyles.subtitle2, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, margin: 0, maxWidth: '72ch' },
  themes: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});
