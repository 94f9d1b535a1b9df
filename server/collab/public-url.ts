/**
 * Where browsers reach the collab server: NEXT_PUBLIC_COLLAB_URL when set, otherwise the host the
 * browser used for the web app, on COLLAB_PORT (so a phone on the workshop's network works too).
 */
export function collabUrlFor(request: Request): string {
  const configured = process.env['NEXT_PUBLIC_COLLAB_URL'];
  if (configured) return configured;
  const { hostname, protocol } = new URL(request.url);
  const host = request.headers.get('x-forwarded-host')?.split(':')[0] || request.headers.get('host')?.split(':')[0] || hostname;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}:${process.env.COLLAB_PORT ?? 1234}`;
}
