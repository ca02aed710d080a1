import * as React from 'react';
import type { DraftProblems } from '../../domain/registers/drafts';
import { isValid } from '../../domain/registers/drafts';
import { problemsOf } from './feedback';
import type { SaveState } from './useSave';

/** A form's draft with its problems: see {@link useDraft}. */
export interface DraftForm<T> {
  draft: T;
  setDraft: React.Dispatch<React.SetStateAction<T>>;
  /** The change handler of one field. */
  set<K extends keyof T>(key: K): (value: T[K]) => void;
  /** The form's own problems once the user tried to send it, plus whatever the save refused. */
  problems: DraftProblems<T>;
  /** The user sends the form: its own problems show from now on; true when there are none (then save it). */
  attempt(): boolean;
}

/**
 * The draft of a form, checked by the domain's rules (`check`) once the user first tries to send it, and marked with
 * the problems of a save the repository refused (it checks again before anything is stored).
 */
export function useDraft<T>(initial: T | (() => T), check: (draft: T) => DraftProblems<T>, saved: SaveState<unknown>): DraftForm<T> {
  const [draft, setDraft] = React.useState<T>(initial);
  const [tried, setTried] = React.useState(false);
  const problems: DraftProblems<T> = { ...(tried ? check(draft) : {}), ...problemsOf<T>(saved.status === 'error' ? saved.error : null) };
  const set =
    <K extends keyof T>(key: K) =>
    (value: T[K]): void =>
      setDraft((d) => ({ ...d, [key]: value }));
  const attempt = (): boolean => {
    setTried(true);
    return isValid(check(draft));
  };
  return { draft, setDraft, set, problems, attempt };
}
