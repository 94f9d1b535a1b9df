import { decideInstallation } from '@/lib/policy/decide';
import { actingSubject, enforce, viewingSubject } from '@/server/auth/actor';
import { listBasemaps } from '@/server/basemaps/list-basemaps';
import { registerRemoteBasemap } from '@/server/basemaps/remote-basemaps';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';

/** Every basemap a process can open with (installed, then remote; at most 50 remote): admins only. */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    enforce(decideInstallation(await viewingSubject(), 'basemap.manage'));
    return Response.json({ basemaps: await listBasemaps() });
  });
}

/** Registers a remote basemap `{ name, kind: "style" | "raster", url (https), attribution }`. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json({ basemap: await registerRemoteBasemap(actor, await readJson(request)) }, { status: 201 });
  });
}
