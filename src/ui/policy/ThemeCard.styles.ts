import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of a theme card on the Beleid home. */
export const useThemeCardStyles = makeStyles({
  root: {
    height: '100%',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', gap: '12px' },
  heading: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  number: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
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
