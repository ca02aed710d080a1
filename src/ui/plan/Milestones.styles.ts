import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the timing and evaluation milestones. */
export const useMilestonesStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  columns: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(300px, 100%), 1fr))', gap: tokens.spacingHorizontalXXL },
  phase: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    // the timing column never takes the body's room: a long timing ("op eerstvolgend overleg …") wraps instead
    gridTemplateColumns: 'minmax(0, 30%) minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  timing: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1, overflowWrap: 'anywhere' },
  undecided: { color: tokens.colorNeutralForeground3 },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  inputs: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  input: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  inputText: { whiteSpace: 'pre-wrap' },
  inputBy: { color: tokens.colorNeutralForeground3 },
  add: { alignSelf: 'flex-start' },
});
