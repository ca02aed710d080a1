import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of one setting on the settings page. */
export const useSettingRowStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, minWidth: '0', maxWidth: '480px' },
  input: { maxWidth: '120px' },
  meta: { flexBasis: '100%', color: tokens.colorNeutralForeground3 },
});
