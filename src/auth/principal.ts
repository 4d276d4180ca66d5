/**
 * Who is calling, from the `Authorization: Bearer …` header: an API key from the configuration or a JWT.
 * Reads are open unless READS_REQUIRE_TOKEN; writes always need a token with the `write` scope.
 */
import type { AuthConfig, Scope } from '../config.js';
import { forbidden, unauthenticated } from '../errors.js';
import { findApiKey } from './apiKeys.js';
import { jwtVerifier } from './jwt.js';

export interface Principal {
  /** Recorded as `by` on every change: `key:<name>` or `jwt:<subject>`. */
  name: string;
  scopes: ReadonlySet<Scope>;
}

/** Resolves a request's Authorization header; undefined for none, UNAUTHENTICATED for a bad one. */
export type Authenticate = (authorization: string | undefined) => Promise<Principal | undefined>;

const BEARER = /^Bearer\s+(\S+)\s*$/i;
// A JWT is three base64url parts; anything else is taken for an API key.
const LOOKS_LIKE_JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;

export function createAuthenticator(auth: AuthConfig): Authenticate {
  const verifyJwt = jwtVerifier(auth);
  return async (authorization) => {
    if (!authorization) return undefined;
    const token = BEARER.exec(authorization)?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <API key or JWT>".');
    if (verifyJwt && LOOKS_LIKE_JWT.test(token)) {
      try {
        return await verifyJwt(token);
      } catch (error) {
        throw unauthenticated(`The token is not valid: ${(error as Error).message}`);
      }
    }
    const key = findApiKey(auth.apiKeys, token);
    if (!key) throw unauthenticated('The token is not valid: it is no configured API key or verifiable JWT.');
    return key;
  };
}

/** The caller, who must hold `scope`: UNAUTHENTICATED without a token, FORBIDDEN without the scope. */
export function requireScope(principal: Principal | undefined, scope: Scope): Principal {
  if (!principal)
    throw unauthenticated(
      `This operation needs a token with the "${scope}" scope: send Authorization: Bearer <token>.`,
    );
  if (!principal.scopes.has(scope))
    throw forbidden(`The token of ${principal.name} lacks the "${scope}" scope this operation needs.`);
  return principal;
}
