// Lets the pmtiles reader (written for browsers) read an archive from disk.
import fs from 'node:fs/promises';

import type { RangeResponse, Source } from 'pmtiles';

export class NodeFileSource implements Source {
  constructor(private readonly file: string) {}

  getKey(): string {
    return this.file;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const handle = await fs.open(this.file, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      const data = new ArrayBuffer(bytesRead);
      new Uint8Array(data).set(buffer.subarray(0, bytesRead));
      return { data };
    } finally {
      await handle.close();
    }
  }
}
