import type { Locale } from '../src/loc';

/** Texts of the Teams tab shell itself (sign-in, configuration page, start-up problems); the app's own texts live in src/loc. */
export interface TabStrings {
  signIn: {
    title: string;
    body: string;
    button: string;
    busy: string;
    failed: string;
    cancelled: string;
  };
  notConfigured: {
    title: string;
    body: string;
  };
  startFailed: {
    title: string;
    body: string;
  };
  configPage: {
    title: string;
    intro: string;
    viewLabel: string;
    tabName: string;
    outsideTeams: string;
  };
}

/** Dutch (Belgium). */
export const tabNL: TabStrings = {
  signIn: {
    title: 'Aanmelden bij SharePoint',
    body: 'Integriteit CARMA haalt zijn gegevens op de SharePoint-site van de zone. Meld je eenmaal aan om verder te gaan.',
    button: 'Aanmelden',
    busy: 'Bezig met aanmelden…',
    failed: 'Aanmelden is niet gelukt ({reason}). Probeer het opnieuw.',
    cancelled: 'Het aanmeldvenster werd gesloten. Klik op Aanmelden om het opnieuw te proberen.',
  },
  notConfigured: {
    title: 'Integriteit CARMA is nog niet ingesteld',
    body: 'De aanmelding bij SharePoint Online is niet geconfigureerd: vul tenantId en clientId in config.json naast het Teams-tabblad in (zie docs/deployment.md). Neem contact op met de ICT-dienst.',
  },
  startFailed: {
    title: 'Integriteit CARMA kon niet starten',
    body: '{reason} Technische details: {detail}',
  },
  configPage: {
    title: 'Integriteit CARMA toevoegen aan dit kanaal',
    intro: 'Kies welk onderdeel het tabblad opent. Iedereen in het team ziet dan alleen wat zijn eigen rechten toelaten.',
    viewLabel: 'Onderdeel dat het tabblad opent',
    tabName: 'Integriteit – {view}',
    outsideTeams: 'Deze pagina stelt een Teams-tabblad in en werkt alleen binnen Microsoft Teams.',
  },
};

/** French (Belgium). */
export const tabFR: TabStrings = {
  signIn: {
    title: 'Se connecter à SharePoint',
    body: 'Intégrité CARMA lit ses données sur le site SharePoint de la zone. Connectez-vous une fois pour continuer.',
    button: 'Se connecter',
    busy: 'Connexion en cours…',
    failed: "La connexion a échoué ({reason}). Veuillez réessayer.",
    cancelled: 'La fenêtre de connexion a été fermée. Cliquez sur Se connecter pour réessayer.',
  },
  notConfigured: {
    title: "Intégrité CARMA n'est pas encore configuré",
    body: "La connexion à SharePoint Online n'est pas configurée : renseignez tenantId et clientId dans le fichier config.json de l'onglet Teams (voir docs/deployment.md). Contactez le service informatique.",
  },
  startFailed: {
    title: "Intégrité CARMA n'a pas pu démarrer",
    body: '{reason} Détails techniques : {detail}',
  },
  configPage: {
    title: 'Ajouter Intégrité CARMA à ce canal',
    intro: "Choisissez la partie que l'onglet ouvre. Chaque membre de l'équipe ne voit que ce que ses droits permettent.",
    viewLabel: "Partie ouverte par l'onglet",
    tabName: 'Intégrité – {view}',
    outsideTeams: 'Cette page configure un onglet Teams et ne fonctionne que dans Microsoft Teams.',
  },
};

/** English (United States). */
export const tabEN: TabStrings = {
  signIn: {
    title: 'Sign in to SharePoint',
    body: "Integrity CARMA reads its data from the zone's SharePoint site. Sign in once to continue.",
    button: 'Sign in',
    busy: 'Signing in…',
    failed: 'Sign-in did not succeed ({reason}). Please try again.',
    cancelled: 'The sign-in window was closed. Select Sign in to try again.',
  },
  notConfigured: {
    title: 'Integrity CARMA is not set up yet',
    body: 'Sign-in to SharePoint Online is not configured: fill in tenantId and clientId in the config.json beside the Teams tab (see docs/deployment.md). Please contact the IT department.',
  },
  startFailed: {
    title: 'Integrity CARMA could not start',
    body: '{reason} Technical details: {detail}',
  },
  configPage: {
    title: 'Add Integrity CARMA to this channel',
    intro: 'Choose the part the tab opens. Everyone in the team only sees what their own permissions allow.',
    viewLabel: 'Part the tab opens',
    tabName: 'Integrity – {view}',
    outsideTeams: 'This page sets up a Teams tab and only works inside Microsoft Teams.',
  },
};

const BY_LOCALE: Record<Locale, TabStrings> = { 'nl-BE': tabNL, 'fr-BE': tabFR, 'en-US': tabEN };

/** The tab shell's texts in a supported locale. */
export function tabStringsFor(locale: Locale): TabStrings {
  return BY_LOCALE[locale];
}
