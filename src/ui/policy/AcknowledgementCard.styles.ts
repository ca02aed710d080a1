import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the "gelezen en begrepen" card (a panel of ./PageLayout.styles), green once done. */
export const useAcknowledgementCardStyles = makeStyles({
  done: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder2}`, backgroundColor: tokens.colorPaletteGreenBackground1 },
});
