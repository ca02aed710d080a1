import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a damage report's photo: a thumbnail that keeps its proportions. */
export const useDamagePhotoStyles = makeStyles({
  photo: { maxWidth: '320px', maxHeight: '240px', borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});
