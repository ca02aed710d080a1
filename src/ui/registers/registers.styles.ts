import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the pages of the registers, the complaints register and the dashboard. */
export const useRegisterStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    alignItems: 'start',
    // a grid item's min-width is its content's by default; let selects shrink to their column
    '& > *': { minWidth: 0 },
  },
  wide: { gridColumn: '1 / -1' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: 'flex-end' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  // the heading takes the focus when a page opens (programmatically, tabIndex -1): no ring for that
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outlineStyle: 'none' } },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  // a badge whose text may wrap in a narrow table column (Fluent's badge has a fixed height)
  wrappingBadge: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingTop: '2px', paddingBottom: '2px' },
  table: { minWidth: '560px' },
  scroll: { overflowX: 'auto' },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  details: { margin: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  detailsRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(160px, 30%) 1fr',
    columnGap: tokens.spacingHorizontalL,
    '& dt': { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  },
});
