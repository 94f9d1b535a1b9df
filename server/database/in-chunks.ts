// SQLite takes at most 999 parameters in one statement, so a set of ids that grows with the data
// (every mark of a room, every comment of a thread) is never sent whole: it goes in bounded chunks.
export const ID_CHUNK = 500;

export function chunks<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/** Runs `query` on each chunk of ids in turn and joins the answers. */
export async function inChunks<T, R>(items: readonly T[], query: (chunk: T[]) => Promise<R[]>, size = ID_CHUNK): Promise<R[]> {
  const results: R[] = [];
  for (const chunk of chunks(items, size)) results.push(...(await query(chunk)));
  return results;
}
