import type { ProposalOrigin } from '../../domain/proposal/origin';
import type { ProposalTopic } from '../../domain/proposal/statuses';
import type { Dienst } from '../../domain/groups';
import type { KeyValueStore } from '../../data/storedJson';

/** The form as the user left it: strings as typed, so a half-typed amount survives too. */
export interface DraftFields {
  title: string;
  problem: string;
  improvement: string;
  description: string;
  dienst: Dienst;
  topic: ProposalTopic | '';
  cost: string;
  /** A team Q&W or the teamoverleg (new proposals; drafts kept before it existed lack it). */
  origin?: ProposalOrigin;
  /** The teamoverleg's date as typed (`yyyy-mm-dd`). */
  meetingDate?: string;
}

/** A draft kept in the browser: its fields, the client id its submit will carry, and when it was last saved. */
export interface StoredDraft {
  clientId: string;
  fields: DraftFields;
  savedAt: string;
}

/** The storage key of a user's draft: a new proposal, or the changes to one of their proposals. */
export function draftKey(login: string, itemId?: number): string {
  return `integriteit-carma.voorstel.concept.${login.toLowerCase()}${itemId === undefined ? '' : `.${itemId}`}`;
}

/** The draft under a key, or null (also when what is stored there is not a draft). */
export function loadDraft(store: KeyValueStore, key: string): StoredDraft | null {
  try {
    const parsed = JSON.parse(store.getItem(key) || 'null') as StoredDraft | null;
    return parsed && typeof parsed.clientId === 'string' && parsed.fields ? parsed : null;
  } catch {
    return null;
  }
}

/** Keeps a draft (every change: typing never loses more than the last keystroke). */
export function saveDraft(store: KeyValueStore, key: string, draft: StoredDraft): void {
  store.setItem(key, JSON.stringify(draft));
}

/** Forgets a draft once it is submitted or discarded. */
export function clearDraft(store: KeyValueStore, key: string): void {
  store.removeItem(key);
}

/**
 * Reads an amount in euro as Belgians type it: `1250`, `1250,50`, `1.250,50`, `3.400` (a dot before three digits
 * groups thousands) or `1250.50`; empty is "no cost". Returns NaN when the text is not an amount.
 */
export function parseAmount(text: string): number | null {
  const trimmed = text.replace(/\s|€/g, '');
  if (trimmed === '') return null;
  const grouped = /^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(trimmed);
  const normalised = grouped || trimmed.indexOf(',') >= 0 ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return /^\d+(\.\d{1,2})?$/.test(normalised) ? Number(normalised) : NaN;
}
