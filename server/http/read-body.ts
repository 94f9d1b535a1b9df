// A request's body read as a stream and counted byte by byte, so neither a false Content-Length nor
// a chunked upload can make us hold more than the route allows.
import { AppError } from './app-error';

export type TooLarge = () => Error;

export const bodyTooLarge: TooLarge = () => new AppError(413, 'body_too_large', 'The request is too large.');

/** Every byte of the body, or `tooLarge()` as soon as more than `maxBytes` have arrived (the rest is never read). */
export async function readBytes(request: Request, maxBytes: number, tooLarge: TooLarge = bodyTooLarge): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
