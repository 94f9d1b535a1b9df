import { actingSubject, viewingSubject } from '@/server/auth/actor';
import { addComment } from '@/server/domain/comments/add-comment';
import { listComments } from '@/server/domain/comments/list-comments';
import { handleRoute } from '@/server/http/app-error';
import { LONG_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

export async function GET(request: Request) {
  return handleRoute(request, async () => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    return Response.json(await listComments(query, await viewingSubject()));
  });
}

export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const comment = await addComment(actor, await readJson(request, LONG_JSON_MAX_BYTES));
    return Response.json({ comment: { id: comment.id } }, { status: 201 });
  });
}
