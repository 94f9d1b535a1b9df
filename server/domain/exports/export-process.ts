// A process's marks, proposals or comments as a file for councillors, streamed a page at a time so
// memory stays flat however large the process is.
import { CSV_BOM, csvLine } from '@/lib/csv';
import { decide, type ProcessStatus } from '@/lib/policy/decide';
import type { Viewer } from '@/lib/policy/subject';
import { z } from '@/lib/zod';
import { enforce } from '@/server/auth/actor';
import { db } from '@/server/db';
import { AppError } from '@/server/http/app-error';

import { COMMENT_HEADER, commentCsv, feature, MARK_HEADER, markCsv, PROPOSAL_HEADER, proposalCsv } from './export-formats';
import { commentPages, markPages, proposalPages } from './export-pages';
import { log } from '@/server/log/log';

export const exportQuerySchema = z.object({ format: z.enum(['geojson', 'csv']), what: z.enum(['marks', 'proposals', 'comments']) });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export type ExportFile = { body: ReadableStream<Uint8Array>; contentType: string; filename: string };

async function* csvChunks<T>(header: string[], pages: AsyncIterable<T[]>, line: (row: T) => string): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(header);
  for await (const rows of pages) yield rows.map(line).join('');
}

async function* geoJsonChunks<T extends Parameters<typeof feature>[0]>(pages: AsyncIterable<T[]>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const rows of pages) {
    yield (first ? '' : ',') + rows.map(feature).join(',');
    first = false;
  }
  yield ']}\n';
}

/** A byte stream that asks for the next page only when the reader has taken the last one. */
function byteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // The headers are gone: the reader can only see the file end early, so the cause is said here.
        log.error('export stopped', { error });
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

function chunksOf(processId: string, { format, what }: ExportQuery): AsyncGenerator<string> {
  if (format === 'geojson') {
    if (what === 'comments') throw new AppError(400, 'invalid_format', 'Comments have no place of their own: export them with format=csv.');
    return what === 'marks' ? geoJsonChunks(markPages(processId)) : geoJsonChunks(proposalPages(processId));
  }
  if (what === 'marks') return csvChunks(MARK_HEADER, markPages(processId), markCsv);
  if (what === 'proposals') return csvChunks(PROPOSAL_HEADER, proposalPages(processId), proposalCsv);
  return csvChunks(COMMENT_HEADER, commentPages(processId), commentCsv);
}

/** The export a councillor or an admin asked for; 401 signed out, 403 for everyone else. */
export async function exportProcess(viewer: Viewer, slug: string, query: unknown, today = new Date()): Promise<ExportFile> {
  const process = await db.process.findUnique({ where: { slug }, select: { id: true, slug: true, status: true } });
  if (!process) throw new AppError(404, 'process_not_found', 'There is no such planning process.');
  enforce(decide(viewer, 'process.export', { process: { id: process.id, status: process.status as ProcessStatus } }));
  const parsed = exportQuerySchema.safeParse(query);
  if (!parsed.success) throw new AppError(400, 'invalid_format', 'Choose format=geojson or csv and what=marks, proposals or comments.');
  const { format, what } = parsed.data;
  return {
    body: byteStream(chunksOf(process.id, parsed.data)),
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json; charset=utf-8',
    filename: `${process.slug}-${what}-${today.toISOString().slice(0, 10)}.${format}`,
  };
}
