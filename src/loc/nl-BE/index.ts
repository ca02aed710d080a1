import type { LanguageChunk } from '../strings';

/** Dutch (Belgium): the zone's own language and the reference for the other languages. */
export const nlBE: LanguageChunk = {
  frame: {
    locale: 'nl-BE',
    app: {
      title: 'Integriteit CARMA',
      subtitle: 'Integriteitsbeleid van PZ CARMA',
      navLabel: 'Onderdelen van Integriteit CARMA',
      loading: 'Bezig met laden…',
      signedInAs: 'Aangemeld als {name}',
      viewNotOffered:
        'Het onderdeel {view} is er voor wie ermee werkt en hoort niet bij jouw rol in de zone. Je vindt je onderdelen in de balk hierboven. Heb je het toch nodig voor je werk, vraag het dan aan een beheerder van Integriteit CARMA.',
    },
    nav: {
      beleid: 'Beleid',
      plan: 'Integriteitsplan',
      voorstellen: 'Verbetervoorstellen',
      registers: 'Registers',
      klachten: 'Klachten',
      melden: 'Integriteitsmelding',
      dashboard: 'Dashboard',
      weerspannigheid: 'Weerspannigheid',
      opleidingen: 'Opleidingen',
      verslagen: 'Verslagen & nieuwsbrief',
    },
    errors: {
      generic: 'Er ging iets mis. Probeer het opnieuw.',
      network: 'Geen verbinding met SharePoint. Je gegevens zijn niet verloren; probeer het opnieuw.',
      throttled: 'SharePoint is even druk. We proberen het automatisch opnieuw.',
      conflict: 'Iemand anders heeft dit intussen gewijzigd. We tonen de nieuwste versie; bekijk ze en probeer opnieuw.',
      forbidden: 'Je hebt geen toegang tot dit onderdeel.',
      notFound: 'Dit item bestaat niet (meer) of je hebt er geen toegang toe.',
      retry: 'Opnieuw proberen',
      viewFailed: 'Dit onderdeel kon niet getoond worden door een fout in de app. Je gegevens zijn niet verloren. Probeer het opnieuw; lukt het niet, meld het dan aan de beheerder.',
    },
    notifications: {
      button: 'Meldingen',
      buttonUnread: 'Meldingen, {count} ongelezen',
      heading: 'Meldingen',
      empty: 'Geen meldingen.',
      unread: 'ongelezen',
      loadError: 'De meldingen konden niet geladen worden.',
      markAllRead: 'Alles als gelezen markeren',
      markAllReadFailed: 'Niet alle meldingen konden als gelezen gemarkeerd worden. Probeer het opnieuw.',
    },
  },
  features: {
    policy: () => import(/* webpackChunkName: "strings-nl-BE-policy" */ './policy').then((m) => m.policyNL),
    proposals: () => import(/* webpackChunkName: "strings-nl-BE-proposals" */ './proposals').then((m) => m.proposalsNL),
    registers: () => import(/* webpackChunkName: "strings-nl-BE-registers" */ './registers').then((m) => m.registersNL),
    resistance: () => import(/* webpackChunkName: "strings-nl-BE-resistance" */ './resistance').then((m) => m.resistanceNL),
    trainings: () => import(/* webpackChunkName: "strings-nl-BE-trainings" */ './trainings').then((m) => m.trainingsNL),
    verslagen: () => import(/* webpackChunkName: "strings-nl-BE-verslagen" */ './verslagen').then((m) => m.verslagenNL),
    melden: () => import(/* webpackChunkName: "strings-nl-BE-melden" */ './melden').then((m) => m.meldenNL),
    settings: () => import(/* webpackChunkName: "strings-nl-BE-settings" */ './settings').then((m) => m.settingsNL),
  },
};
