/** API_KEYS and the JWT settings, as src/config.ts parses them, and API keys found by their hash. */
import { describe, expect, it } from 'vitest';
import { findApiKey, sha256Hex } from '../../src/auth/apiKeys.js';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('auth configuration', () => {
  it('reads keys with their scopes and hashes, and leaves reads open by default', () => {
    const hash = sha256Hex('secret-key');
    const config = loadConfig({ API_KEYS: `analyst:read+write:${hash}; bot:read:${sha256Hex('b')}` });
    expect(config.auth.apiKeys).toEqual([
      { name: 'analyst', scopes: ['read', 'write'], sha256: hash },
      { name: 'bot', scopes: ['read'], sha256: sha256Hex('b') },
    ]);
    expect(config.auth.readsRequireToken).toBe(false);
    expect(findApiKey(config.auth.apiKeys, 'secret-key')?.name).toBe('key:analyst');
    expect(findApiKey(config.auth.apiKeys, 'other')).toBeUndefined();
  });

  it('refuses an entry that holds a key instead of its hash, naming the entry', () => {
    expect(() => loadConfig({ API_KEYS: 'analyst:write:my-plain-key' })).toThrow(ConfigError);
    expect(() => loadConfig({ API_KEYS: 'analyst:write:my-plain-key' })).toThrow(/entry 1 must be name:scopes:sha256/);
  });

  it('refuses a JWKS URL that is no URL', () => {
    expect(() => loadConfig({ JWT_JWKS_URL: 'not a url' })).toThrow(/JWT_JWKS_URL/);
  });
});
