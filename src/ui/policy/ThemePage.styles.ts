import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of a theme page (its layout: ./PageLayout.styles). */
export const useThemePageStyles = makeStyles({
  callout: {
    ...typographyStyles.subtitle1,
    margin: 0,
    padding: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
});
