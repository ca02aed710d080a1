import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the korpsrichtlijnen list. */
export const useDirectiveListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  search: { flexGrow: 1, minWidth: '220px', maxWidth: '420px' },
  filter: { minWidth: '200px' },
  newButton: { marginLeft: 'auto' },
  count: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});
