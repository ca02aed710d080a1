import { createDarkTheme, createLightTheme, webLightTheme, type BrandVariants, type Theme } from '@fluentui/react-components';

/** The colours of a SharePoint (Fluent v8) theme palette that the brand ramp is built from. */
export interface SharePointPalette {
  themeDarker?: string;
  themeDark?: string;
  themeDarkAlt?: string;
  themePrimary?: string;
  themeSecondary?: string;
  themeTertiary?: string;
  themeLight?: string;
  themeLighter?: string;
  themeLighterAlt?: string;
}

function parseHex(color: string): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return undefined;
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: [number, number, number], b: [number, number, number], t: number): string {
  const channel = (i: number): string => {
    const v = Math.round(a[i] + (b[i] - a[i]) * t);
    return (v < 16 ? '0' : '') + v.toString(16);
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/**
 * Builds the 16-step Fluent v9 brand ramp from a SharePoint palette: the palette's nine theme shades anchor
 * the ramp (80 = themePrimary) and the steps between them are interpolated.
 */
export function brandFromPalette(palette: SharePointPalette): BrandVariants | undefined {
  const primary = palette.themePrimary && parseHex(palette.themePrimary);
  if (!primary) return undefined;
  const pick = (color: string | undefined, fallback: [number, number, number]): [number, number, number] =>
    (color && parseHex(color)) || fallback;
  const black: [number, number, number] = [0, 0, 0];
  const white: [number, number, number] = [255, 255, 255];
  const anchors: Array<[number, [number, number, number]]> = [
    [10, parseHex(mix(primary, black, 0.85))!],
    [50, pick(palette.themeDarker, parseHex(mix(primary, black, 0.5))!)],
    [60, pick(palette.themeDark, parseHex(mix(primary, black, 0.35))!)],
    [70, pick(palette.themeDarkAlt, parseHex(mix(primary, black, 0.15))!)],
    [80, primary],
    [90, pick(palette.themeSecondary, parseHex(mix(primary, white, 0.15))!)],
    [100, pick(palette.themeTertiary, parseHex(mix(primary, white, 0.4))!)],
    [120, pick(palette.themeLight, parseHex(mix(primary, white, 0.65))!)],
    [140, pick(palette.themeLighter, parseHex(mix(primary, white, 0.8))!)],
    [160, pick(palette.themeLighterAlt, parseHex(mix(primary, white, 0.95))!)],
  ];
  const ramp: Record<number, string> = {};
  for (let step = 10; step <= 160; step += 10) {
    let i = 0;
    while (i < anchors.length - 1 && anchors[i + 1][0] < step) i++;
    const [fromStep, from] = anchors[i];
    const [toStep, to] = anchors[Math.min(i + 1, anchors.length - 1)];
    ramp[step] = toStep === fromStep ? mix(from, to, 0) : mix(from, to, (step - fromStep) / (toStep - fromStep));
  }
  return ramp as BrandVariants;
}

/** The Fluent v9 theme for a SharePoint page or section: its palette as brand, dark when the section is inverted. */
export function sharePointTheme(palette: SharePointPalette | undefined, isInverted: boolean): Theme {
  const brand = palette && brandFromPalette(palette);
  if (!brand) return isInverted ? createDarkTheme(CARMA_BRAND) : webLightTheme;
  return isInverted ? createDarkTheme(brand) : createLightTheme(brand);
}

/** The zone's own blue, used where the host gives no theme (local SharePoint, standalone tab). */
export const CARMA_BRAND: BrandVariants = brandFromPalette({ themePrimary: '#1f4e8c' })!;

/** The default theme of the local hosts. */
export const carmaLightTheme: Theme = createLightTheme(CARMA_BRAND);
