// Runs before every page (not the API: Next.js would buffer every request body for a proxy, up to
// 10 MB, before our routes count it): gives the page its Content-Security-Policy with a fresh nonce,
// and HSTS over HTTPS. Writes from other sites are refused by handleRoute (server/http/app-error.ts).
import { NextResponse, type NextRequest } from 'next/server';

import { basemapOrigins } from '@/server/basemaps/basemap-origins';
import { collabUrlFor } from '@/server/collab/public-url';
import { mapServiceOrigins } from '@/server/http/map-service-origins';
import { contentSecurityPolicy, HSTS, servedOverHttps } from '@/server/http/security-headers';

export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request);
  const nonce = btoa(crypto.randomUUID());
  const [layerOrigins, remoteBasemaps] = await Promise.all([mapServiceOrigins(), basemapOrigins()]);
  const policy = contentSecurityPolicy({
    nonce,
    collabUrl: new URL(collabUrlFor(request)).origin,
    mapOrigins: [...new Set([...layerOrigins, ...remoteBasemaps])],
    https,
    development: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

export const config = {
  matcher: [
    // Pages, and the map's worker script (a worker takes the policy its own script is served with).
    {
      source: '/((?!api/|_next/static|_next/image|basemap/|favicon.ico|icon.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
