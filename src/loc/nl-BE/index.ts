import { meldenNL } from './melden';
import { policyNL } from './policy';
import { proposalsNL } from './proposals';
import { registersNL } from './registers';
import { resistanceNL } from './resistance';
import type { Strings } from '../strings';
import { trainingsNL } from './trainings';
import { verslagenNL } from './verslagen';
import { settingsNL } from './settings';

/** Dutch (Belgium): the zone's own language and the reference for the other languages. */
export const nlBE: Strings = {
  locale: 'nl-BE',
  app: {
    title: 'Integriteit CARMA',
    subtitle: 'Integriteitsbeleid van PZ CARMA',
    navLabel: 'Onderdelen van Integriteit CARMA',
    loading: 'Bezig met laden…',
    signedInAs: 'Aangemeld als {name}',
    viewNotOffered:
      'Het onderdeel {view} is er voor wie ermee werkt en hoort niet bij jouw rol in de zone. Je vindt je onderdelen in de tabs hierboven. Heb je het toch nodig voor je werk, vraag het dan aan een beheerder van Integriteit CARMA.',
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
  policy: policyNL,
  proposals: proposalsNL,
  registers: registersNL,
  resistance: resistanceNL,
  trainings: trainingsNL,
  verslagen: verslagenNL,
  melden: meldenNL,
  settings: settingsNL,
};
