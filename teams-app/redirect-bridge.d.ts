// reason: the project's TypeScript resolves modules the Node 10 way, which ignores package "exports"; esbuild
// resolves the subpath itself. This mirrors msal-browser's own types/redirect_bridge/index.d.ts.
declare module '@azure/msal-browser/redirect-bridge' {
  /** Hands the sign-in response in this page's URL to the window that started the sign-in. */
  export function broadcastResponseToMainFrame(): Promise<void>;
}
