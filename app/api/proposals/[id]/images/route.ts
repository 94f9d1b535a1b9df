import { IMAGE_MAX_BYTES } from '@/lib/image-type';
import { actingSubject } from '@/server/auth/actor';
import { addProposalImage, imageTooLarge } from '@/server/domain/images/add-proposal-image';
import { handleRoute } from '@/server/http/app-error';
import { FORM_OVERHEAD_BYTES, readForm } from '@/server/http/read-form';

/** multipart/form-data with `image` (the file) and `alt` (its description). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(request, async () => {
    const actor = await actingSubject();
    const form = await readForm(request, IMAGE_MAX_BYTES + FORM_OVERHEAD_BYTES, imageTooLarge, 'Send the picture as a form upload.');
    const file = form.get('image');
    const image = await addProposalImage(actor, (await params).id, file instanceof File ? file : null, String(form.get('alt') ?? ''));
    return Response.json({ image: { id: image.id, url: `/api/images/${image.id}` } }, { status: 201 });
  });
}
