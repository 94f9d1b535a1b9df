// Child process that imports one file, so parsing and tiling a large file never stalls the web server.
// Receives { fileName, filePath, area } and answers { ok: true, result } or { ok: false, error }.
import fs from 'node:fs';

import { importLayerFile } from './import-layer-file';
import { LayerFileError } from './layer-file-error';

process.once('message', async (job: { fileName: string; filePath: string; area: [number, number, number, number] }) => {
  try {
    const result = await importLayerFile(job.fileName, new Uint8Array(fs.readFileSync(job.filePath)), job.area);
    process.send!({ ok: true, result }, () => process.exit(0));
  } catch (error) {
    const known = error instanceof LayerFileError ? { status: error.status, code: error.code, message: error.message } : null;
    if (!known) console.error(error);
    process.send!({ ok: false, error: known }, () => process.exit(0));
  }
});
