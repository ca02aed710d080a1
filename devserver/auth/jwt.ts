import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import type { Db } from '../store/db';
import { admitBearerToken } from './auth';
import { findUser } from '../resources/users';

/**
 * An OpenID Connect issuer whose access tokens the local SharePoint accepts, as SharePoint Online accepts Entra ID's:
 * signed by a key of the issuer's JWKS, `iss` = issuer, `aud` = one of the audiences (by default the site's origin,
 * like `https://<tenant>.sharepoint.com`). The local sign-in test trusts its own provider this way.
 */
export interface TrustedIssuer {
  issuer: string;
  /** The issuer's JSON Web Key Set (https). */
  jwksUri: string;
  /** Accepted `aud` values; default: the origin of the local SharePoint. */
  audiences?: string[];
  /** A PEM certificate to trust for `jwksUri` (a test provider's self-signed certificate). */
  caFile?: string;
}

/** Environment variable with the trusted issuers as JSON (`TrustedIssuer[]`), read when a server starts without the option. */
export const TRUSTED_ISSUERS_ENV = 'CARMA_TRUSTED_ISSUERS';

/** The trusted issuers from {@link TRUSTED_ISSUERS_ENV}, none when it is unset. */
export function trustedIssuersFromEnv(env: NodeJS.ProcessEnv = process.env): TrustedIssuer[] {
  const text = env[TRUSTED_ISSUERS_ENV];
  if (!text) return [];
  const parsed = JSON.parse(text) as TrustedIssuer[];
  if (!Array.isArray(parsed) || parsed.some((i) => typeof i.issuer !== 'string' || typeof i.jwksUri !== 'string')) {
    throw new Error(`${TRUSTED_ISSUERS_ENV} must be a JSON array of { issuer, jwksUri, audiences?, caFile? }`);
  }
  return parsed;
}

/** The compact JWS shape (header.payload.signature); the local SharePoint's own session tokens never have dots. */
export const looksLikeJwt = (token: string): boolean => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token);

// The claims Entra ID puts the user's sign-in name in, in the order SharePoint Online prefers them.
const LOGIN_CLAIMS = ['upn', 'preferred_username', 'unique_name', 'email'];

type Jose = typeof import('jose');
// jose is an ES module; loading it only when an issuer is trusted keeps every other user of the server free of it.
const loadJose = (): Promise<Jose> => import('jose');

/** GET over https trusting one extra certificate, shaped as jose's custom fetch expects. */
function fetchWithCa(ca: string): (url: string) => Promise<Response> {
  return (url) =>
    new Promise((resolve, reject) => {
      request(url, { ca, headers: { accept: 'application/json' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500 })));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
}

/** Checks JWT bearer tokens against the trusted issuers and maps them to personas. */
export interface JwtBearerCheck {
  /**
   * Lets a request's valid JWT bearer token sign in as the persona named by its `upn` / `preferred_username` (the
   * token then works like a session token for `authenticate`); withdraws a token that no longer verifies.
   */
  admit(db: Db, headers: Record<string, string | undefined>, siteOrigin: string): Promise<void>;
  /** The persona login a token stands for, or undefined when it does not verify. */
  login(token: string, siteOrigin: string): Promise<string | undefined>;
}

/** A JWT check for a list of trusted issuers, or undefined when there are none (bearer tokens stay session tokens only). */
export function jwtBearerCheck(issuers: TrustedIssuer[]): JwtBearerCheck | undefined {
  if (!issuers.length) return undefined;
  let keySets: Promise<Map<string, ReturnType<Jose['createRemoteJWKSet']>>> | undefined;
  const keysOf = async (issuer: TrustedIssuer): Promise<ReturnType<Jose['createRemoteJWKSet']> | undefined> => {
    keySets ??= loadJose().then(
      (jose) =>
        new Map(
          issuers.map((i) => [
            i.issuer,
            jose.createRemoteJWKSet(new URL(i.jwksUri), i.caFile ? { [jose.customFetch]: fetchWithCa(readFileSync(i.caFile, 'utf8')) } : {}),
          ]),
        ),
    );
    return (await keySets).get(issuer.issuer);
  };

  /** The persona login and `exp` of a token that verifies. */
  const verify = async (token: string, siteOrigin: string): Promise<{ login: string; exp?: number } | undefined> => {
    const jose = await loadJose();
    let claimedIssuer: unknown;
    try {
      claimedIssuer = jose.decodeJwt(token).iss;
    } catch {
      return undefined;
    }
    const issuer = issuers.find((i) => i.issuer === claimedIssuer);
    const keys = issuer && (await keysOf(issuer));
    if (!issuer || !keys) return undefined;
    try {
      const { payload } = await jose.jwtVerify(token, keys, { issuer: issuer.issuer, audience: issuer.audiences ?? [siteOrigin] });
      const name = LOGIN_CLAIMS.map((claim) => payload[claim]).find((value): value is string => typeof value === 'string' && value !== '');
      return name ? { login: name.toLowerCase(), exp: payload.exp } : undefined;
    } catch {
      return undefined;
    }
  };

  const login = async (token: string, siteOrigin: string): Promise<string | undefined> => (await verify(token, siteOrigin))?.login;

  return {
    login,
    async admit(db, headers, siteOrigin) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
      if (!bearer || !looksLikeJwt(bearer[1])) return;
      const verified = await verify(bearer[1], siteOrigin);
      // a token without `exp` is not admitted: Entra ID always sets it, and a session must end
      admitBearerToken(db, bearer[1], verified ? findUser(db, verified.login)?.id : undefined, verified?.exp);
    },
  };
}
