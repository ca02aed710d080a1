import type { BrusselsDate } from '../dates';
import type { HandlingStatus } from './handling';

/** What got damaged (aandachtspunt 3: materieel, uitrusting, voertuigen, lokalen, software), in Dutch as stored. */
export const DAMAGE_CATEGORIES = ['Materiaal', 'Uitrusting', 'Voertuig', 'Gebouw', 'Software'] as const;

/** One category of {@link DAMAGE_CATEGORIES}. */
export type DamageCategory = (typeof DAMAGE_CATEGORIES)[number];

/** A damage report to Logistiek, as the data layer maps it; its status follows the shared handling statuses. */
export interface DamageReport {
  id: string;
  reporter: { id: string; name: string };
  category: DamageCategory;
  /** What was damaged (e.g. the vehicle's plate or the item's inventory number). */
  object: string;
  description: string;
  occurredOn: BrusselsDate;
  /** ISO time of the report. */
  reportedAt: string;
  status: HandlingStatus;
  handlingNote: string | null;
}
