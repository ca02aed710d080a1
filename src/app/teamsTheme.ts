import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

/** Teams theme names as teams-js reports them. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/**
 * The Fluent v9 theme for a Teams theme name. The web part takes it from here; the hosted tab loads this module (the
 * dark and high-contrast tokens) only when Teams shows one of those themes (teams-app/teamsHost.ts).
 */
export function teamsTheme(name: string | undefined): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}
