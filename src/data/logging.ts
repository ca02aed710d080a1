/** How serious a log entry is. */
export type LogLevel = 'info' | 'warning' | 'error';

/** One thing worth knowing after the fact: what happened, where (a view, a repository call) and the error, if any. */
export interface LogEntry {
  level: LogLevel;
  message: string;
  /** Where it happened, e.g. `view:voorstellen`. */
  source?: string;
  error?: unknown;
}

/**
 * The app's one logging sink. The hosts choose it: the console ({@link consoleLogger}) in development and, in
 * production, one that also forwards to Application Insights (see docs/deployment.md); tests pass a recording one.
 */
export interface Logger {
  log(entry: LogEntry): void;
}

/** Writes every entry to the browser's console, at the console level that matches. */
export const consoleLogger: Logger = {
  log(entry) {
    const text = `[Integriteit CARMA]${entry.source ? ` ${entry.source}:` : ''} ${entry.message}`;
    const args: unknown[] = entry.error === undefined ? [text] : [text, entry.error];
    if (entry.level === 'error') console.error(...args);
    else if (entry.level === 'warning') console.warn(...args);
    else console.info(...args);
  },
};

/** Drops every entry (tests that do not look at the log). */
export const silentLogger: Logger = { log: () => undefined };
