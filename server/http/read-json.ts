import { AppError } from './app-error';
import { readBytes } from './read-body';

/** What a JSON request may weigh unless its route says otherwise: far above any form we have. */
export const JSON_MAX_BYTES = 64 * 1024;
/** Long texts (10,000 characters may take 60 KB as UTF-8, more when a client escapes them) and batches. */
export const LONG_JSON_MAX_BYTES = 256 * 1024;
/** A proposal with its place: a drawn shape of a few thousand corners. */
export const GEOMETRY_JSON_MAX_BYTES = 1024 * 1024;

/** The request's JSON body, at most `maxBytes`; a body that is not JSON is the sender's mistake, not ours. */
export async function readJson(request: Request, maxBytes = JSON_MAX_BYTES): Promise<unknown> {
  const bytes = await readBytes(request, maxBytes);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError(400, 'invalid_json', 'The request body must be JSON.');
  }
}
