import { AppError } from './app-error';
import { readBytes, type TooLarge } from './read-body';

/** Room for a form's other fields and multipart boundaries beside its file. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/** A multipart form of at most `maxBytes`, counted before anything parses it. */
export async function readForm(request: Request, maxBytes: number, tooLarge: TooLarge, notAForm: string): Promise<FormData> {
  const bytes = await readBytes(request, maxBytes, tooLarge);
  const headers = { 'content-type': request.headers.get('content-type') ?? '' };
  const form = await new Response(bytes, { headers }).formData().catch(() => null);
  if (!form) throw new AppError(400, 'invalid_input', notAForm);
  return form;
}
