import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the sign-in prompt: a card above the app, readable in every Teams theme. */
export const useSignInPromptStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '560px',
    margin: `${tokens.spacingVerticalXXL} auto`,
    padding: tokens.spacingHorizontalXL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
  },
  heading: {
    margin: 0,
  },
  body: {
    margin: 0,
  },
  message: {
    alignSelf: 'stretch',
  },
});
