/**
 * The life of a test stack run as a child process (the sign-in stacks): it tells its parent where it runs with one
 * line of JSON on stdout, and stops cleanly when the parent closes its stdin or sends SIGTERM.
 */
export function serveUntilParentCloses(info: unknown, close: () => Promise<void>): void {
  process.stdout.write(`${JSON.stringify(info)}\n`);
  const stop = (): void => {
    close().finally(() => process.exit(0));
  };
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

/** Runs a stack's start-up, reporting a failure on stderr with a non-zero exit. */
export function startStack(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
