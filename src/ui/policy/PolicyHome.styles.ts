import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of the Beleid home. */
export const usePolicyHomeStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXL },
  vision: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  motto: {
    ...typographyStyles.title3,
    margin: 0,
    color: tokens.colorBrandForeground2,
    fontStyle: 'italic',
  },
  toggle: { alignSelf: 'flex-start' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  sectionHeading: { margin: 0 },
  themes: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
  },
  more: { alignSelf: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
});
