// The headers every page carries beyond next.config.mjs's static ones: a Content-Security-Policy
// with a fresh nonce (Next.js reads it from the request and puts it on its own scripts, which is
// why every page is rendered per request) and, over HTTPS, Strict-Transport-Security.
export type PolicySources = {
  nonce: string;
  /** ws(s):// origin of the collab server (server/collab/public-url.ts); sockets add the room to its path. */
  collabUrl: string;
  /** Origins of the map services registered as layers (tiles are fetched, then drawn from blobs). */
  mapOrigins: string[];
  https: boolean;
  development: boolean;
};

export const HSTS = 'max-age=31536000; includeSubDomains';

export function contentSecurityPolicy({ nonce, collabUrl, mapOrigins, https, development }: PolicySources): string {
  const maps = mapOrigins.join(' ');
  const directives = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    // React's style props and MapLibre's positioning write inline styles; no script can come of them.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob: ${maps}`,
    `font-src 'self' data:`,
    `connect-src 'self' ${collabUrl} ${maps}`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.map((directive) => directive.trim().replaceAll(/\s+/g, ' ')).join('; ');
}

/** Whether the browser reached us over HTTPS: the public address says so, or the proxy in front of us does. */
export function servedOverHttps(request: Request, publicUrl = process.env.AUTH_URL): boolean {
  if (publicUrl?.startsWith('https://')) return true;
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
