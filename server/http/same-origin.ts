// Cross-site request forgery: browsers say where a request comes from (Origin; older ones only
// Sec-Fetch-Site or Referer). A write that another site's page sends on behalf of a signed-in
// person is refused. Clients that are not browsers send none of these and are let through: they
// hold no one else's cookies.
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The hosts (host[:port]) the site answers on: the request's Host and, behind a proxy, AUTH_URL's. */
export function ownHosts(headers: Headers, publicUrl = process.env.AUTH_URL): string[] {
  const hosts = [headers.get('host')];
  if (publicUrl) hosts.push(hostOf(publicUrl));
  return hosts.filter((host): host is string => Boolean(host));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/** Whether this request changes something on behalf of a page from another site. */
export function isForeignWrite(method: string, headers: Headers, publicUrl = process.env.AUTH_URL): boolean {
  if (READS.has(method.toUpperCase())) return false;
  const hosts = ownHosts(headers, publicUrl);
  const origin = headers.get('origin');
  if (origin !== null) return !hosts.includes(hostOf(origin) ?? '');
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site !== 'same-origin' && site !== 'none';
  const referer = headers.get('referer');
  if (referer !== null) return !hosts.includes(hostOf(referer) ?? '');
  return false;
}
