/** The handling statuses the gift and damage registers share, in Dutch as stored, in order. */
export const HANDLING_STATUSES = ['Gemeld', 'In behandeling', 'Afgehandeld'] as const;

/** One status of {@link HANDLING_STATUSES}. */
export type HandlingStatus = (typeof HANDLING_STATUSES)[number];

/** The status that follows in the handling of a report, or null once it is handled. */
export function nextHandlingStatus(status: HandlingStatus): HandlingStatus | null {
  return HANDLING_STATUSES[HANDLING_STATUSES.indexOf(status) + 1] || null;
}
