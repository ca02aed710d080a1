import type { Dienst } from '../groups';
import type { BrusselsDate } from '../dates';
import type { TpiCheck } from './tpiCheck';

/** The statuses of a complaint dossier, in Dutch as stored. */
export const COMPLAINT_STATUSES = ['Ontvangen', 'In onderzoek', 'Terugkoppeling aan klager', 'Afgesloten', 'Tuchtdossier'] as const;

/** One status of {@link COMPLAINT_STATUSES}. */
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** The outcome of a complaint, in Dutch as stored. */
export const COMPLAINT_OUTCOMES = ['Gegrond', 'Deels gegrond', 'Ongegrond', 'Niet ontvankelijk', 'Ingetrokken'] as const;

/** One outcome of {@link COMPLAINT_OUTCOMES}. */
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** How the complaint came in, in Dutch as stored. */
export const COMPLAINT_CHANNELS = [
  'Onthaal',
  'E-mail',
  'Telefoon',
  'Brief',
  'Website',
  'Comité P',
  'Via de burgemeester',
  'Andere',
] as const;

/** One channel of {@link COMPLAINT_CHANNELS}. */
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** The person investigating a complaint: a diensthoofd or a hoofdinspecteur (HINP). */
export interface ComplaintInvestigator {
  id: string;
  name: string;
  function: 'diensthoofd' | 'hinp';
}

/** What the complaint flow needs to know of a dossier. */
export interface ComplaintState {
  status: ComplaintStatus;
  receivedOn: BrusselsDate;
  involvedDienst: Dienst | null;
  investigator: ComplaintInvestigator | null;
  outcome: ComplaintOutcome | null;
  /** The date of the personal written feedback to the complainant. */
  feedbackSentOn: BrusselsDate | null;
  /** Set once the dossier became a tuchtdossier: from then on the korpsleiding and the diensthoofd handle it. */
  disciplinaryOpenedOn: BrusselsDate | null;
  closedOn: BrusselsDate | null;
  /** The number of the dossier's aandachtspunt (10: the use of force, which needs a TPI check before closing). */
  themeNumber?: number | null;
  /** The TPI check of a use-of-force complaint, once recorded (./tpiCheck). */
  tpiCheck?: TpiCheck | null;
}

/** A whole complaint dossier (confidential), as the data layer maps it. */
export interface ComplaintDossier extends ComplaintState {
  id: string;
  /** The dossier number (e.g. the ISLP reference). */
  reference: string;
  channel: ComplaintChannel;
  /** Personal data: shown only to who may see the dossier, never in listings or figures. */
  complainant: { name: string; contact: string };
  facts: string;
  theme: string;
  /** Personal data of the staff involved. */
  involvedStaff: { id: string; name: string }[];
  /** The date of the feedback to the mayor's cabinet via the SPOC. */
  mayorFeedbackOn: BrusselsDate | null;
  /** References to supporting images (bodycam, drone, ANPR): links, not the images. */
  evidence: string[];
}
