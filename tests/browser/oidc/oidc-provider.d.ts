// reason: oidc-provider ships no types; these are the members the local sign-in test uses (see its README).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** The Koa context of a request (only what the test's middleware touches). */
  export interface ProviderContext {
    path: string;
    method: string;
    req: IncomingMessage;
    body?: unknown;
    status?: number;
    query: Record<string, string | string[] | undefined>;
    /** The request's OpenID Connect state: the authenticated client and the parameters of a token request. */
    oidc: { client: unknown; params: Record<string, unknown> };
  }

  /** A resource server a token is issued for (its audience and scope). */
  export class ResourceServer {
    constructor(identifier: string, data: Record<string, unknown>);
  }

  /** An access token the provider issues (`save` returns the token, a signed JWT for a JWT resource server). */
  export class AccessToken {
    constructor(data: Record<string, unknown>);
    expiration: number;
    save(): Promise<string>;
  }

  /** An OpenID Connect provider (a Koa application). */
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    use(middleware: (ctx: ProviderContext, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (...args: unknown[]) => void): void;
    registerGrantType(name: string, handler: (ctx: ProviderContext) => Promise<void>, params?: string[]): void;
    ResourceServer: typeof ResourceServer;
    AccessToken: typeof AccessToken;
  }
}
