import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the update dialog of an operational objective. */
export const useActionPointDialogStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  description: { color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});
