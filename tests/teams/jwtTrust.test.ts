import { jwtBearerCheck, looksLikeJwt, trustedIssuersFromEnv, TRUSTED_ISSUERS_ENV } from '../../devserver/auth/jwt';

// The signature, issuer and audience checks run against a real provider in tests/browser/teams-auth.test.ts (jose is
// an ES module Jest cannot load); this covers how the local SharePoint is told whom to trust.
describe('the local SharePoint trusting JWT issuers', () => {
  it('trusts nobody unless told, so bearer tokens stay session tokens', () => {
    expect(trustedIssuersFromEnv({})).toEqual([]);
    expect(jwtBearerCheck([])).toBeUndefined();
  });

  it('reads the trusted issuers from the environment and refuses a malformed list', () => {
    const issuers = [{ issuer: 'https://127.0.0.1:5443', jwksUri: 'https://127.0.0.1:5443/jwks', caFile: '/tmp/cert.pem' }];
    expect(trustedIssuersFromEnv({ [TRUSTED_ISSUERS_ENV]: JSON.stringify(issuers) })).toEqual(issuers);
    expect(() => trustedIssuersFromEnv({ [TRUSTED_ISSUERS_ENV]: JSON.stringify([{ issuer: 'x' }]) })).toThrow(TRUSTED_ISSUERS_ENV);
    expect(jwtBearerCheck(issuers)).toBeDefined();
  });

  it('tells JWTs from the local session tokens', () => {
    expect(looksLikeJwt('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')).toBe(true);
    expect(looksLikeJwt('q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6')).toBe(false);
  });
});
