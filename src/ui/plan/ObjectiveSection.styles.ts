import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of one strategic objective with its operational objectives. */
export const useObjectiveSectionStyles = makeStyles({
  root: {
    // a flex or grid item sizes to its content by default: the wide table must scroll inside, not widen the page
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { margin: 0 },
  code: { color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalS },
  progress: { minWidth: '160px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '760px' },
  codeCell: { width: '64px', fontWeight: tokens.fontWeightSemibold },
  titleCell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  label: { display: 'block', color: tokens.colorBrandForeground2, fontWeight: tokens.fontWeightSemibold },
  notes: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, whiteSpace: 'pre-wrap' },
  actorCell: { width: '170px' },
  owner: { display: 'block', color: tokens.colorNeutralForeground3 },
  statusCell: { width: '110px' },
  horizonCell: { width: '120px' },
  dateCell: { width: '105px' },
  actionCell: { width: '110px' },
  buttons: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
  priority: { display: 'block', marginTop: tokens.spacingVerticalXS },
  priorityLabel: { fontWeight: tokens.fontWeightSemibold },
});
