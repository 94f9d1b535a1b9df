import { IMAGE_MAX_BYTES, IMAGES_PER_PROPOSAL, sniffImageType } from '@/lib/image-type';
import { decide, type ProcessStatus } from '@/lib/policy/decide';
import { enforce, type Actor } from '@/server/auth/actor';
import { recordAudit } from '@/server/audit/record-audit';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';
import { proposalState } from '@/server/domain/targets';

export const imageTooLarge = () => new AppError(413, 'image_too_large', 'This picture is larger than 2 MB. Choose a smaller one.');

/** The author adds a picture (PNG, JPEG or WebP, up to 2 MB, with a description) to their proposal. */
export async function addProposalImage(actor: Actor, proposalId: string, file: File | null, alt: string) {
  const proposal = await db.proposal.findUnique({ where: { id: proposalId }, include: { _count: { select: { images: true } }, process: { select: { status: true } } } });
  if (!proposal) throw new AppError(404, 'not_found', 'There is no such proposal.');
  const process = { id: proposal.processId, status: proposal.process.status as ProcessStatus };
  enforce(decide(actor, 'proposal.editOwn', { process, target: proposalState(proposal) }));
  if (proposal._count.images >= IMAGES_PER_PROPOSAL) throw new AppError(409, 'too_many_images', `A proposal can have at most ${IMAGES_PER_PROPOSAL} pictures.`);
  if (!file || file.size === 0) throw new AppError(400, 'invalid_input', 'Choose a picture to upload.', { field: 'file', problem: 'missing' });
  if (file.size > IMAGE_MAX_BYTES) throw imageTooLarge();
  const description = alt.trim();
  if (!description || description.length > 300) throw new AppError(400, 'invalid_input', 'Describe the picture in a few words (up to 300 characters) for people who cannot see it.', { field: 'alt', problem: description ? 'too_long' : 'empty' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffImageType(bytes);
  if (!mimeType) throw new AppError(415, 'unsupported_image', 'Only PNG, JPEG and WebP pictures can be uploaded.');
  const image = await db.proposalImage.create({ data: { proposalId, mimeType, bytes: bytes.length, data: Buffer.from(bytes), alt: description } });
  await recordAudit({ actorId: actor.id, action: 'proposal.image', targetType: 'proposal', targetId: proposalId, data: { imageId: image.id, bytes: bytes.length } });
  return image;
}
