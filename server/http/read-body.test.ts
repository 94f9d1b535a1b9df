import { describe, expect, it } from 'vitest';

import { AppError } from './app-error';
import { readForm } from './read-form';
import { JSON_MAX_BYTES, readJson } from './read-json';

const CHUNK = 64 * 1024;

/** A chunked body (no Content-Length) of `totalBytes`, made only as it is read; `pulled()` says how much was. */
function chunkedRequest(totalBytes: number, contentType = 'application/json', first = '{"body":"') {
  let sent = 0;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = sent === 0 ? encoder.encode(first.padEnd(CHUNK, 'x')) : new Uint8Array(CHUNK).fill(0x78);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('http://localhost/api/x', { method: 'POST', headers: { 'content-type': contentType }, body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => sent };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('reading a body with a byte counter', () => {
  it('refuses a chunked JSON body past the limit with 413 after reading only about the limit', async () => {
    const { request, pulled } = chunkedRequest(300 * 1024 * 1024);
    const error = await refusal(readJson(request));
    expect(error).toMatchObject({ status: 413, code: 'body_too_large' });
    expect(pulled()).toBeLessThanOrEqual(JSON_MAX_BYTES + 2 * CHUNK);
  });

  it('honours a route’s own, larger limit and still parses what fits', async () => {
    const big = JSON.stringify({ body: 'é'.repeat(100_000) });
    expect(await readJson(new Request('http://localhost/', { method: 'POST', body: big }), 1024 * 1024)).toEqual({ body: 'é'.repeat(100_000) });
    const error = await refusal(readJson(new Request('http://localhost/', { method: 'POST', body: big })));
    expect(error.status).toBe(413);
  });

  it('refuses a declared Content-Length past the limit without reading', async () => {
    const { request, pulled } = chunkedRequest(10 * 1024 * 1024);
    const declared = new Request(request, { headers: { 'content-length': String(10 * 1024 * 1024) } });
    expect((await refusal(readJson(declared))).status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(2 * CHUNK);
  });

  it('still answers invalid_json for a small body that is not JSON', async () => {
    expect(await refusal(readJson(new Request('http://localhost/', { method: 'POST', body: '{nope' })))).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('caps a chunked multipart upload before the form is parsed', async () => {
    const boundary = 'XyZ';
    const { request, pulled } = chunkedRequest(50 * 1024 * 1024, `multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\n`);
    const tooLarge = () => new AppError(413, 'image_too_large', 'too large');
    expect(await refusal(readForm(request, 2 * 1024 * 1024, tooLarge, 'not a form'))).toMatchObject({ status: 413, code: 'image_too_large' });
    expect(pulled()).toBeLessThanOrEqual(2 * 1024 * 1024 + 2 * CHUNK);
  });

  it('parses a form that fits', async () => {
    const form = new FormData();
    form.set('alt', 'A bench by the river');
    form.set('image', new File([new Uint8Array([1, 2, 3])], 'a.png', { type: 'image/png' }));
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const parsed = await readForm(request, 1024 * 1024, () => new Error('too large'), 'not a form');
    expect(parsed.get('alt')).toBe('A bench by the river');
    expect((parsed.get('image') as File).size).toBe(3);
  });
});
