// Where to go after signing in, up or out: only ever a path on this site. Browsers drop tabs and
// newlines from URLs and read `\` as `/`, so `/\t/evil.test` or `/\evil.test` would leave the site.
const MAX_LENGTH = 2048;
const PROBE_ORIGIN = 'http://civictwin.invalid';

/** `value` as a same-site path (with its query and hash), or `/`. An absolute URL on `origin` keeps its path. */
export function safeNextPath(value: unknown, origin?: string): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return '/';
  const candidate = origin && value.startsWith(`${origin}/`) ? value.slice(origin.length) : value;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || /[\u0000-\u001f\u007f\\]/.test(candidate)) return '/';
  try {
    const url = new URL(candidate, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
