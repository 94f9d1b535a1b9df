import { actingSubject } from '@/server/auth/actor';
import { handleRoute } from '@/server/http/app-error';
import { readJson } from '@/server/http/read-json';
import { updateSettings } from '@/server/settings/installation-settings';

/** Administrators set the installation's settings: { controllerName, controllerContact } (shown on /privacy). */
export async function PATCH(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    return Response.json({ settings: await updateSettings(actor, await readJson(request)) });
  });
}
