import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the Werkgroep Integriteit's dialog (a priority, or evaluation input). */
export const useWerkgroepDialogStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  description: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  date: { maxWidth: '220px' },
});
