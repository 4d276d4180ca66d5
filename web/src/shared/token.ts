/**
 * The API token a person pasted (explorer settings, playground bar): kept in sessionStorage, so it lives as
 * long as the tab and never reaches disk beyond it; sent as `Authorization: Bearer …`.
 */
const KEY = 'actorgraph:token';

export function readToken(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveToken(token: string): void {
  try {
    if (token.trim()) window.sessionStorage.setItem(KEY, token.trim());
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lasts until the page is left.
  }
}

/** The Authorization header for the token, or none. */
export function authHeaders(token = readToken()): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
