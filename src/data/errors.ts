/** What went wrong with a SharePoint call, as the user needs to know it. */
export type DataErrorKind = 'network' | 'throttled' | 'conflict' | 'forbidden' | 'notFound' | 'validation' | 'generic';

/** The HTTP status of a PnPjs `HttpRequestError`, if the error is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Classifies a PnPjs / fetch error so the UI can say what happened in the user's language. */
export function classifyError(error: unknown): DataErrorKind {
  const status = httpStatus(error);
  if (status === undefined) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Retry count exceeded/i.test(message)) return 'throttled';
    return error instanceof TypeError || /fetch|network|Failed to fetch/i.test(message) ? 'network' : 'generic';
  }
  if (status === 412 || status === 409) return 'conflict';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503 || status === 504) return 'throttled';
  if (status === 400) return 'validation';
  return 'generic';
}

/** Whether trying the same request again may succeed (the request may or may not have reached SharePoint). */
export function isTransient(error: unknown): boolean {
  const kind = classifyError(error);
  return kind === 'network' || kind === 'throttled' || (httpStatus(error) ?? 0) >= 500;
}

/**
 * A read that yields `empty` when SharePoint refuses it (403) or hides the list (404: a user without any item of a
 * confidential list), and fails on anything else: what a user may not see reads as nothing, not as an error.
 */
export function emptyWhenRefused<T>(read: Promise<T>, empty: T): Promise<T> {
  return read.catch((error: unknown) => {
    if (httpStatus(error) === 403 || httpStatus(error) === 404) return empty;
    throw error;
  });
}
