import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a theme card on the Beleid home. */
export const useThemeCardStyles = makeStyles({
  root: { height: '100%', boxSizing: 'border-box' },
  number: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightBold,
  },
  title: { margin: 0 },
  link: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold },
  intro: { color: tokens.colorNeutralForeground2 },
});
