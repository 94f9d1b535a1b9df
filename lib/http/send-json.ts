import { apiErrorOf } from '@/lib/errors/api-error';

/** Sends JSON to our API; resolves with the body, or throws an ApiError (show it with useErrorText). */
export async function sendJson<T = unknown>(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<T> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw await apiErrorOf(response);
  return (await response.json().catch(() => null)) as T;
}

/** Reads JSON from our API, never from a cache; resolves with null when the request is refused. */
export async function fetchJson<T>(url: string): Promise<T | null> {
  const response = await fetch(url, { cache: 'no-store' });
  return response.ok ? ((await response.json()) as T) : null;
}
