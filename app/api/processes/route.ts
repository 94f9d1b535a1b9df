import { actingSubject } from '@/server/auth/actor';
import { createProcess } from '@/server/domain/processes/create-process';
import { handleRoute } from '@/server/http/app-error';
import { GEOMETRY_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

/** An admin creates a process (a draft unless `status` says otherwise): 201 with the process. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    // Descriptions in four languages and a drawn territory: room for both.
    const process = await createProcess(actor, await readJson(request, GEOMETRY_JSON_MAX_BYTES));
    return Response.json(process, { status: 201 });
  });
}
