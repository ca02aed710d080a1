import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the acknowledgement report. */
export const useAcknowledgementReportStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  show: { alignSelf: 'flex-start' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  dienst: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  dienstLine: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  names: { color: tokens.colorNeutralForeground2 },
});
