import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a draft's editor: the editable texts, the actions, the preview of what the report records. */
export const useDraftEditorStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXL, maxWidth: '80ch' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  notice: { marginBottom: tokens.spacingVerticalM },
});
