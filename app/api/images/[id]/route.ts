import { currentUser } from '@/server/auth/auth';
import { db } from '@/server/db';
import { AppError, handleRoute } from '@/server/http/app-error';

/** A proposal's picture, served so that a browser can only ever show it as an image. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const image = await db.proposalImage.findUnique({ where: { id: (await params).id }, include: { proposal: { select: { status: true, hiddenAt: true, authorId: true } } } });
    const draftOfSomeoneElse = image?.proposal.status === 'draft' && image.proposal.authorId !== (await currentUser())?.id;
    if (!image || draftOfSomeoneElse || image.proposal.hiddenAt) throw new AppError(404, 'not_found', 'There is no such picture.');
    return new Response(new Uint8Array(image.data), {
      headers: {
        'content-type': image.mimeType,
        'content-length': String(image.bytes),
        'content-security-policy': "default-src 'none'",
        'cache-control': 'private, max-age=3600',
      },
    });
  });
}
