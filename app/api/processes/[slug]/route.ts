import { actingSubject } from '@/server/auth/actor';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { updateProcess } from '@/server/domain/processes/update-process';
import { AppError, handleRoute } from '@/server/http/app-error';
import { GEOMETRY_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const { slug } = await params;
    const process = await getPublicProcess(slug);
    if (!process) throw new AppError(404, 'process_not_found', `There is no planning process called "${slug.slice(0, 64)}".`);
    return Response.json(process);
  });
}

/** An admin changes any field; `{ "status": "closed" }` stops edits, open maps included. */
export async function PATCH(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const process = await updateProcess(actor, (await params).slug, await readJson(request, GEOMETRY_JSON_MAX_BYTES));
    return Response.json(process);
  });
}
