/** JWTs, verified with jose against a shared secret (HS256) or the keys of a JWKS URL. */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { AuthConfig, Scope } from '../config.js';
import type { Principal } from './principal.js';

export type JwtVerifier = (token: string) => Promise<Principal>;

const SCOPES: readonly Scope[] = ['read', 'write'];

/** OAuth's `scope` (space-separated) or `scp` (a list), kept to the scopes this API knows. */
function scopesOf(payload: JWTPayload): Set<Scope> {
  const raw = payload.scope ?? payload.scp;
  const listed = typeof raw === 'string' ? raw.split(' ') : Array.isArray(raw) ? raw.map(String) : [];
  return new Set(SCOPES.filter((s) => listed.includes(s)));
}

/** Undefined when neither a secret nor a JWKS URL is configured: JWTs are then not accepted. */
export function jwtVerifier(auth: AuthConfig): JwtVerifier | undefined {
  const options = { issuer: auth.jwtIssuer, audience: auth.jwtAudience };
  // The JWKS is fetched on first use and cached by jose, refetched when a token names an unknown key.
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : undefined;
  if (!jwks && !secret) return undefined;
  return async (token) => {
    const { payload } = jwks
      ? await jwtVerify(token, jwks, options).catch((error: unknown) => {
          if (!secret) throw error;
          return jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
        })
      : await jwtVerify(token, secret!, { ...options, algorithms: ['HS256'] });
    return { name: `jwt:${payload.sub ?? 'unknown'}`, scopes: scopesOf(payload) };
  };
}
