// An upload as it arrives over HTTP: a form with the file and the layer's details as JSON. The file
// waits on disk for its turn in the import queue; the answer is the job to follow.
import { layerDetailsSchema } from '@/lib/schemas/layer';
import type { Actor } from '@/server/auth/actor';
import { AppError, invalidInput } from '@/server/http/app-error';
import { FORM_OVERHEAD_BYTES, readForm } from '@/server/http/read-form';

import { importFileInChildProcess, spoolUpload } from './import/import-in-child';
import type { ImportJob } from './import/import-queue';
import { LayerFileError } from './import/layer-file-error';
import { layerImports, type UploadedLayer } from './layer-imports';
import { announceUploadedLayer, requireManagedProcess, LAYER_UPLOAD_MAX_BYTES, slugOf, visibleArea } from './manage-layers';

const tooLarge = () => new LayerFileError('layer_file_too_large', `The file is larger than ${LAYER_UPLOAD_MAX_BYTES / 1024 / 1024} MB. Simplify it or split it, and upload again.`, 413);

export async function uploadLayer(actor: Actor, slug: string, request: Request): Promise<ImportJob<UploadedLayer>> {
  const form = await readForm(request, LAYER_UPLOAD_MAX_BYTES + FORM_OVERHEAD_BYTES, tooLarge, 'Send the file as a form upload.');
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
  const spooled = spoolUpload(new Uint8Array(await file.arrayBuffer()));
  const job = { fileName: file.name, filePath: spooled.filePath, area: visibleArea(process.bounds), processId: process.id, layerSlug: slugOf(details.data.name), details: details.data };
  try {
    return layerImports.add({ processId: process.id, ownerId: actor.id }, async (reportProgress) => {
      try {
        const stored = await importFileInChildProcess(job, (share) => reportProgress(share * 100));
        return await announceUploadedLayer(actor, job.fileName, stored);
      } finally {
        spooled.remove();
      }
    });
  } catch (refused) {
    spooled.remove();
    throw refused;
  }
}
