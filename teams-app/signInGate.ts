/** What the sign-in prompt shows: waiting for a click, signing in, or a failed attempt that can be retried. */
export interface SignInPromptState {
  busy: boolean;
  /** Why the last attempt failed: the user closed the window, or the error code of the sign-in library. */
  failure?: { kind: 'cancelled' } | { kind: 'error'; reason: string };
  /** Starts the interactive sign-in; must run inside the click handler (browsers only allow popups from a click). */
  onSignIn: () => void;
}

/** Shows or hides the sign-in prompt (undefined hides it). */
export type RenderSignInPrompt = (state: SignInPromptState | undefined) => void;

/** Lets token requests that need the user wait for a click on "Aanmelden" and share one interactive sign-in. */
export interface SignInGate {
  /** Shows the prompt and resolves with the result of `interact`, run from the user's click (again after a failure). */
  request<T>(key: string, interact: () => Promise<T>): Promise<T>;
}

const errorCode = (error: unknown): string => {
  const code = (error as { errorCode?: unknown } | undefined)?.errorCode;
  if (typeof code === 'string' && code) return code;
  return error instanceof Error ? error.message : String(error);
};

/** Creates the gate; concurrent requests with the same key (e.g. the same SharePoint origin) wait for one sign-in. */
export function createSignInGate(render: RenderSignInPrompt): SignInGate {
  const pending = new Map<string, Promise<unknown>>();
  return {
    request<T>(key: string, interact: () => Promise<T>): Promise<T> {
      const existing = pending.get(key);
      if (existing) return existing as Promise<T>;
      const result = new Promise<T>((resolve) => {
        const attempt = (): void => {
          render({ busy: true, onSignIn: () => undefined });
          interact().then(
            (value) => {
              pending.delete(key);
              render(undefined);
              resolve(value);
            },
            (error: unknown) => {
              const code = errorCode(error);
              const failure = code === 'user_cancelled' ? { kind: 'cancelled' as const } : { kind: 'error' as const, reason: code };
              render({ busy: false, failure, onSignIn: attempt });
            },
          );
        };
        render({ busy: false, onSignIn: attempt });
      });
      pending.set(key, result);
      return result;
    },
  };
}
