/**
 * The page's only access to localStorage. Storage can be switched off (reading
 * `window.localStorage` throws), full (a write throws a quota error) or hold anything at all, so
 * every call returns what happened instead of throwing, and callers tell the user.
 */

export type StoredText = { status: "ok"; text: string | null } | { status: "unavailable" };

export type StoreResult = { status: "ok" } | { status: "full" } | { status: "unavailable" };

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Browsers name the quota error differently: QuotaExceededError, or Firefox's NS_ERROR_DOM_QUOTA_REACHED (code 1014). */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" || error.code === 22 || error.code === 1014;
}

export function readStoredText(key: string): StoredText {
  const store = storage();
  if (!store) return { status: "unavailable" };
  try {
    return { status: "ok", text: store.getItem(key) };
  } catch {
    return { status: "unavailable" };
  }
}

export function writeStoredText(key: string, text: string): StoreResult {
  const store = storage();
  if (!store) return { status: "unavailable" };
  try {
    store.setItem(key, text);
    return { status: "ok" };
  } catch (error) {
    return isQuotaError(error) ? { status: "full" } : { status: "unavailable" };
  }
}
