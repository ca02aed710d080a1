import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

/** Styles of the framework texts (legal framework, beleidslijnen, instruments …), each part a disclosure. */
export const usePolicyFrameworkStyles = makeStyles({
  /** A part: its chevron turns down when it is open. */
  part: {
    '& > summary > svg': { transform: 'rotate(-90deg)', transitionProperty: 'transform', transitionDuration: tokens.durationNormal },
    '&[open] > summary > svg': { transform: 'none' },
    '@media (prefers-reduced-motion: reduce)': { '& > summary > svg': { transitionProperty: 'none' } },
  },
  /** A part's header, as Fluent's accordion header: a chevron before its title, no browser marker. */
  summary: {
    position: 'relative',
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '44px',
    padding: `0 ${tokens.spacingHorizontalM} 0 ${tokens.spacingHorizontalMNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    listStyleType: 'none',
    '::-webkit-details-marker': { display: 'none' },
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': { outlineStyle: 'none' },
  },
  /** The keyboard's focus ring on a part's header (Fluent's focus-visible). */
  focusRing: createFocusOutlineStyle(),
  title: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    margin: `0 ${tokens.spacingHorizontalM}`,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalL,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  itemTitle: { fontWeight: tokens.fontWeightSemibold },
  signature: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
});
