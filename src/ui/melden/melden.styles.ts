import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout of the reporting channel's pages (the shared page, form and table layout is the registers'). */
export const useMeldenStyles = makeStyles({
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
  prose: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  clocks: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  clockLine: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, alignItems: 'center' },
  message: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});
