import { mayEnter } from '@/lib/policy/decide';
import { slugSchema } from '@/lib/schemas/process';
import { enforce } from '@/server/auth/actor';
import { createRateLimiter } from '@/server/auth/rate-limit';
import { currentSubject } from '@/server/auth/subject';
import { collabUrlFor } from '@/server/collab/public-url';
import { roomOfProcess, signCollabToken, signVisitorToken } from '@/server/collab/token';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { AppError, handleRoute } from '@/server/http/app-error';
import { clientAddress } from '@/server/http/client-address';

export const dynamic = 'force-dynamic';

// Each open map asks once per (re)connection; a room of people behind one address stays far below this.
const TOKENS_PER_MINUTE = 300;
const tokens = createRateLimiter('collab-tokens', TOKENS_PER_MINUTE, 60_000);

/** A short-lived token for the process's room on the collab server: for people who may enter it, and a read-only one for visitors. */
export async function GET(request: Request) {
  return handleRoute(request, async () => {
    if (!(await tokens.hit(clientAddress(request)))) throw new AppError(429, 'rate_limited', `At most ${TOKENS_PER_MINUTE} map connections a minute from one address.`);
    const slug = new URL(request.url).searchParams.get('process') ?? '';
    if (!slugSchema.safeParse(slug).success) throw new AppError(400, 'invalid_input', 'Say which process: ?process=<slug>.');
    const [subject, process] = await Promise.all([currentSubject(), getPublicProcess(slug)]);
    if (!process) throw new AppError(404, 'process_not_found', `There is no planning process called "${slug}".`);
    const headers = { 'cache-control': 'no-store' };
    // Visitors read along live: the collab server lets them sync and refuses anything they send.
    if (!subject) return Response.json({ url: collabUrlFor(request), room: roomOfProcess(process.id), token: await signVisitorToken(process.id), readOnly: true }, { headers });
    enforce(mayEnter(subject, process));
    const token = await signCollabToken({ sub: subject.id, name: subject.name, role: subject.role, pid: process.id });
    return Response.json({ url: collabUrlFor(request), room: roomOfProcess(process.id), token }, { headers });
  });
}
