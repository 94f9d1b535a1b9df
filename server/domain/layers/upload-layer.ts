// An upload as it arrives over HTTP: a form with the file and the layer's details as JSON.
import { layerDetailsSchema } from '@/lib/schemas/layer';
import type { Actor } from '@/server/auth/actor';
import { AppError, invalidInput } from '@/server/http/app-error';

import { importInChildProcess } from './import/import-in-child';
import { LayerFileError } from './import/layer-file-error';
import { announceUploadedLayer, requireManagedProcess, LAYER_UPLOAD_MAX_BYTES, slugOf, visibleArea } from './manage-layers';

const tooLarge = () => new LayerFileError('layer_file_too_large', `The file is larger than ${LAYER_UPLOAD_MAX_BYTES / 1024 / 1024} MB. Simplify it or split it, and upload again.`, 413);

export async function uploadLayer(actor: Actor, slug: string, request: Request) {
  if (Number(request.headers.get('content-length') ?? 0) > LAYER_UPLOAD_MAX_BYTES + 64 * 1024) throw tooLarge();
  const form = await request.formData().catch(() => null);
  if (!form) throw new AppError(400, 'invalid_input', 'Send the file as a form upload.');
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) throw new AppError(400, 'invalid_input', 'Choose a file to upload.', { field: 'file', problem: 'missing' });
  if (file.size > LAYER_UPLOAD_MAX_BYTES) throw tooLarge();
  let detailsJson: unknown;
  try {
    detailsJson = JSON.parse(String(form.get('details') ?? '{}'));
  } catch {
    throw new AppError(400, 'invalid_input', 'The layer’s details must be JSON.');
  }
  const details = layerDetailsSchema.safeParse(detailsJson);
  if (!details.success) throw invalidInput(details.error);
  const process = await requireManagedProcess(actor, slug);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const stored = await importInChildProcess(bytes, { fileName: file.name, area: visibleArea(process.bounds), processId: process.id, layerSlug: slugOf(details.data.name), details: details.data });
  return announceUploadedLayer(actor, file.name, stored);
}
