import type { LanguageChunk } from '../strings';

/** French (Belgium). */
export const frBE: LanguageChunk = {
  frame: {
    locale: 'fr-BE',
    app: {
      title: 'Intégrité CARMA',
      subtitle: "Politique d'intégrité de la ZP CARMA",
      navLabel: "Parties d'Intégrité CARMA",
      loading: 'Chargement…',
      signedInAs: 'Connecté en tant que {name}',
      viewNotOffered:
        "La partie {view} est destinée à celles et ceux qui y travaillent et ne fait pas partie de votre rôle dans la zone. Vous trouvez vos parties dans la barre ci-dessus. Si vous en avez besoin pour votre travail, demandez-le à un gestionnaire d'Intégrité CARMA.",
    },
    nav: {
      beleid: 'Politique',
      plan: "Plan d'intégrité",
      voorstellen: "Propositions d'amélioration",
      registers: 'Registres',
      klachten: 'Plaintes',
      melden: 'Signalement d’intégrité',
      dashboard: 'Tableau de bord',
      weerspannigheid: 'Rébellion',
      opleidingen: 'Formations',
      verslagen: 'Procès-verbaux & lettre',
    },
    errors: {
      generic: 'Une erreur est survenue. Veuillez réessayer.',
      network: "Pas de connexion avec SharePoint. Vos données ne sont pas perdues ; veuillez réessayer.",
      throttled: 'SharePoint est momentanément surchargé. Nous réessayons automatiquement.',
      conflict: "Quelqu'un d'autre a modifié cet élément entre-temps. Voici la version la plus récente ; vérifiez-la et réessayez.",
      forbidden: "Vous n'avez pas accès à cette partie.",
      notFound: "Cet élément n'existe pas (ou plus) ou vous n'y avez pas accès.",
      retry: 'Réessayer',
      viewFailed: "Cette partie n'a pas pu être affichée à cause d'une erreur dans l'application. Vos données ne sont pas perdues. Réessayez ; si le problème persiste, signalez-le à l'administrateur.",
    },
    notifications: {
      button: 'Notifications',
      buttonUnread: 'Notifications, {count} non lues',
      heading: 'Notifications',
      empty: 'Aucune notification.',
      unread: 'non lue',
      loadError: "Les notifications n'ont pas pu être chargées.",
      markAllRead: 'Tout marquer comme lu',
      markAllReadFailed: "Certaines notifications n'ont pas pu être marquées comme lues. Réessayez.",
    },
  },
  features: {
    policy: () => import(/* webpackChunkName: "strings-fr-BE-policy" */ './policy').then((m) => m.policyFR),
    proposals: () => import(/* webpackChunkName: "strings-fr-BE-proposals" */ './proposals').then((m) => m.proposalsFR),
    registers: () => import(/* webpackChunkName: "strings-fr-BE-registers" */ './registers').then((m) => m.registersFR),
    resistance: () => import(/* webpackChunkName: "strings-fr-BE-resistance" */ './resistance').then((m) => m.resistanceFR),
    trainings: () => import(/* webpackChunkName: "strings-fr-BE-trainings" */ './trainings').then((m) => m.trainingsFR),
    verslagen: () => import(/* webpackChunkName: "strings-fr-BE-verslagen" */ './verslagen').then((m) => m.verslagenFR),
    melden: () => import(/* webpackChunkName: "strings-fr-BE-melden" */ './melden').then((m) => m.meldenFR),
    settings: () => import(/* webpackChunkName: "strings-fr-BE-settings" */ './settings').then((m) => m.settingsFR),
  },
};
