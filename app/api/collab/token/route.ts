import { slugSchema } from '@/lib/schemas/process';
import { currentUser } from '@/server/auth/auth';
import { collabUrlFor } from '@/server/collab/public-url';
import { roomOfProcess, signCollabToken } from '@/server/collab/token';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { AppError, handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

/** A short-lived token for the process's room on the collab server. */
export async function GET(request: Request) {
  return handleRoute(async () => {
    const slug = new URL(request.url).searchParams.get('process') ?? '';
    if (!slugSchema.safeParse(slug).success) throw new AppError(400, 'invalid_input', 'Say which process: ?process=<slug>.');
    const user = await currentUser();
    if (!user) throw new AppError(401, 'sign_in_required', 'Sign in to draw on the shared map.');
    const process = await getPublicProcess(slug);
    if (!process) throw new AppError(404, 'process_not_found', `There is no planning process called "${slug}".`);
    const token = await signCollabToken({ sub: user.id, name: user.name, role: user.role, pid: process.id });
    return Response.json({ url: collabUrlFor(request), room: roomOfProcess(process.id), token }, { headers: { 'cache-control': 'no-store' } });
  });
}
