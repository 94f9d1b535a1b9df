import { IMAGE_MAX_BYTES } from '@/lib/image-type';
import { actingSubject } from '@/server/auth/actor';
import { addProposalImage } from '@/server/domain/images/add-proposal-image';
import { AppError, handleRoute } from '@/server/http/app-error';

/** multipart/form-data with `image` (the file) and `alt` (its description). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const actor = await actingSubject();
    if (Number(request.headers.get('content-length') ?? 0) > IMAGE_MAX_BYTES + 64 * 1024) throw new AppError(413, 'image_too_large', 'This picture is larger than 2 MB. Choose a smaller one.');
    const form = await request.formData().catch(() => null);
    if (!form) throw new AppError(400, 'invalid_input', 'Send the picture as a form upload.');
    const file = form.get('image');
    const image = await addProposalImage(actor, (await params).id, file instanceof File ? file : null, String(form.get('alt') ?? ''));
    return Response.json({ image: { id: image.id, url: `/api/images/${image.id}` } }, { status: 201 });
  });
}
