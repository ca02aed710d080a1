import { meldenFR } from './melden';
import { policyFR } from './policy';
import { proposalsFR } from './proposals';
import { registersFR } from './registers';
import { resistanceFR } from './resistance';
import type { Strings } from '../strings';
import { trainingsFR } from './trainings';
import { verslagenFR } from './verslagen';
import { settingsFR } from './settings';

/** French (Belgium). */
export const frBE: Strings = {
  locale: 'fr-BE',
  app: {
    title: 'Intégrité CARMA',
    subtitle: "Politique d'intégrité de la ZP CARMA",
    navLabel: "Parties d'Intégrité CARMA",
    loading: 'Chargement…',
    signedInAs: 'Connecté en tant que {name}',
    viewNotOffered:
      "La partie {view} est destinée à celles et ceux qui y travaillent et ne fait pas partie de votre rôle dans la zone. Vous trouvez vos parties dans les onglets ci-dessus. Si vous en avez besoin pour votre travail, demandez-le à un gestionnaire d'Intégrité CARMA.",
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
  policy: policyFR,
  proposals: proposalsFR,
  registers: registersFR,
  resistance: resistanceFR,
  trainings: trainingsFR,
  verslagen: verslagenFR,
  melden: meldenFR,
  settings: settingsFR,
};
