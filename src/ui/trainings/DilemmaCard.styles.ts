import { makeStyles, tokens } from '@fluentui/react-components';

/** A dilemma as a card: its situation, then the questions for the team. */
export const useDilemmaCardStyles = makeStyles({
  situation: { margin: 0, lineHeight: tokens.lineHeightBase400 },
  questions: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});
