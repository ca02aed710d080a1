import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the korpsrichtlijn editor. */
export const useDirectiveEditorStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '860px' },
  row: { display: 'grid', gridTemplateColumns: 'minmax(160px, 1fr) minmax(0, 3fr)', alignItems: 'start', gap: tokens.spacingHorizontalL, '@media (max-width: 640px)': { gridTemplateColumns: 'minmax(0, 1fr)' } },
  themes: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalM,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});
