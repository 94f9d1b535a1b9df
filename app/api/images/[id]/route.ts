import { viewingSubject } from '@/server/auth/actor';
import { getProposalImage } from '@/server/domain/images/get-proposal-image';
import { handleRoute } from '@/server/http/app-error';

/** A proposal's picture, served so that a browser can only ever show it as an image. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(request, async () => {
    const image = await getProposalImage((await params).id, await viewingSubject());
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
