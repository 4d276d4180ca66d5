/** API keys: the configuration holds each key's SHA-256, so a leaked config leaks no key. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyConfig } from '../config.js';
import type { Principal } from './principal.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The key's owner, or undefined; compared in constant time so timing tells nothing about the hashes. */
export function findApiKey(keys: readonly ApiKeyConfig[], token: string): Principal | undefined {
  const digest = Buffer.from(sha256Hex(token), 'hex');
  const match = keys.find((k) => timingSafeEqual(Buffer.from(k.sha256, 'hex'), digest));
  return match ? { name: `key:${match.name}`, scopes: new Set(match.scopes) } : undefined;
}
