import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of the integrity plan view. */
export const usePlanViewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXL },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  filter: { minWidth: '220px' },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: '240px', marginLeft: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
  werkgroep: { maxWidth: '80ch', color: tokens.colorNeutralForeground2 },
});
