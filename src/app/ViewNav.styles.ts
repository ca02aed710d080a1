import { createCustomFocusIndicatorStyle, makeStyles, tokens, type GriffelStyle } from '@fluentui/react-components';

/** The line under a link of the bar (hover, current page), as under Fluent's tabs. */
const indicator: GriffelStyle = {
  content: '""',
  position: 'absolute',
  bottom: 0,
  left: tokens.spacingHorizontalM,
  right: tokens.spacingHorizontalM,
  height: tokens.strokeWidthThicker,
  borderRadius: tokens.borderRadiusCircular,
};

/** Styles of the bar of the product's parts: links that look like Fluent's tabs (line under the current page, hover, focus ring). */
export const useViewNavStyles = makeStyles({
  /** The bar wraps on a phone instead of widening the page beyond the screen. */
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: { display: 'flex' },
  link: {
    position: 'relative',
    display: 'flex',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorTransparentBackground,
    textDecorationLine: 'none',
    // a host page's own link colours and underlines (`a:visited`, `a:hover`) do not reach the bar
    ':visited': { color: tokens.colorNeutralForeground2 },
    ':hover': { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorTransparentBackgroundHover, textDecorationLine: 'none' },
    ':active': { color: tokens.colorNeutralForeground2Pressed, backgroundColor: tokens.colorTransparentBackgroundPressed },
    ':hover::before': { ...indicator, backgroundColor: tokens.colorNeutralStroke1Hover },
    ':active::before': { ...indicator, backgroundColor: tokens.colorNeutralStroke1Pressed },
    // the focus ring only when the keyboard moved the focus (Fluent's focus-visible), not the browser's outline
    ':focus-visible': { outlineStyle: 'none' },
    '@media (forced-colors: active)': {
      ':hover::before': { backgroundColor: 'Highlight' },
      ':active::before': { backgroundColor: 'Highlight' },
    },
  },
  /** The focus ring when the keyboard moved the focus, as on Fluent's tabs. */
  focusRing: createCustomFocusIndicatorStyle<GriffelStyle>({
    // a transparent outline: the ring that high contrast (forced colors) shows instead of the shadow
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: 'solid',
    outlineColor: 'transparent',
    boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
    zIndex: 1,
  }),
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':visited': { color: tokens.colorNeutralForeground1 },
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    '::after': { ...indicator, backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ':active::after': { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    '@media (forced-colors: active)': {
      '::after': { backgroundColor: 'ButtonText' },
      ':hover::after': { backgroundColor: 'ButtonText' },
      ':active::after': { backgroundColor: 'ButtonText' },
    },
  },
  /** The label over a hidden copy in bold: each link is as wide as when it is the current one. */
  label: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    '::after': {
      content: 'attr(data-text)',
      fontWeight: tokens.fontWeightSemibold,
      height: 0,
      overflow: 'hidden',
      visibility: 'hidden',
      userSelect: 'none',
      pointerEvents: 'none',
    },
  },
});
