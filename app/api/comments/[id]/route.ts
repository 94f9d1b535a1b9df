import { actingSubject } from '@/server/auth/actor';
import { deleteComment, editComment } from '@/server/domain/comments/change-comment';
import { handleRoute } from '@/server/http/app-error';
import { LONG_JSON_MAX_BYTES, readJson } from '@/server/http/read-json';

type Context = { params: Promise<{ id: string }> };

export async function PATCH(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    await editComment(actor, (await params).id, await readJson(request, LONG_JSON_MAX_BYTES));
    return Response.json({ ok: true });
  });
}

export async function DELETE(request: Request, { params }: Context) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    await deleteComment(actor, (await params).id);
    return Response.json({ ok: true });
  });
}
