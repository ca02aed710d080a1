// reason: oidc-provider ships no types; these are the members the local sign-in test uses (see its README).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** The Koa context of a request (only what the test's middleware touches). */
  export interface ProviderContext {
    path: string;
    method: string;
    req: IncomingMessage;
    body?: unknown;
    query: Record<string, string | string[] | undefined>;
  }

  /** An OpenID Connect provider (a Koa application). */
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (...args: unknown[]) => void): void;
  }
}
