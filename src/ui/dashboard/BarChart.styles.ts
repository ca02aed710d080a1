import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the dashboard's bar charts: theme colours through tokens, so dark and high-contrast themes follow. */
export const useBarChartStyles = makeStyles({
  // the card look comes from the registers' card; a figure has its own margins to remove
  figure: { margin: 0, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  svg: { width: '100%', height: 'auto', overflow: 'visible' },
  series0: { fill: tokens.colorBrandBackground },
  series1: { fill: tokens.colorPaletteMarigoldBorderActive },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '12px' },
  value: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontWeight: tokens.fontWeightSemibold },
  bars: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  barRow: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: tokens.spacingHorizontalS, rowGap: '2px', fontSize: tokens.fontSizeBase200 },
  barLabel: { color: tokens.colorNeutralForeground2 },
  barValue: { fontWeight: tokens.fontWeightSemibold },
  barTrack: { gridColumn: '1 / -1', height: '10px', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground3 },
  barFill: { display: 'block', height: '100%', borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground },
  legend: { display: 'flex', columnGap: tokens.spacingHorizontalL, flexWrap: 'wrap', margin: 0, padding: 0, listStyleType: 'none' },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  swatch: { width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall },
  swatch0: { backgroundColor: tokens.colorBrandBackground },
  swatch1: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  details: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', color: tokens.colorBrandForeground1 },
  table: { borderCollapse: 'collapse', marginTop: tokens.spacingVerticalXS, '& th, & td': { padding: `2px ${tokens.spacingHorizontalS}`, textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
});
