// A layer import's public state in Redis (REDIS_URL), so that any web process can answer the page's
// polls, not only the one whose queue runs it. Only what the poll answers is kept, with the job's
// process and owner to check who may read it; never the file.
import { AppError } from '@/server/http/app-error';
import { log } from '@/server/log/log';
import { sharedRedis, type Redis } from '@/server/signals/redis-connection';

import { FINISHED_KEPT_MS } from './import-queue';

export type SharedImportState<V> = { processId: string; ownerId: string; view: V };

export type ImportStateStore<V> = {
  write(id: string, state: SharedImportState<V>): Promise<void>;
  read(id: string): Promise<SharedImportState<V> | null>;
};

const keyOf = (id: string) => `civictwin:layer-import:${id}`;

/**
 * Every write sets the key to expire `keptMs` later: the last one (done or failed) keeps it as long as
 * the queue keeps a finished job; a job whose web process died while it ran is gone as long after its
 * last word (a running import writes at least each time it moves, and ends within minutes).
 */
export function createRedisImportStateStore<V>(url: string, keptMs = FINISHED_KEPT_MS, connection: () => Promise<Redis> = () => sharedRedis(url)): ImportStateStore<V> {
  return {
    async write(id, state) {
      await (await connection()).sendCommand(['SET', keyOf(id), JSON.stringify(state), 'PX', String(keptMs)]);
    },
    async read(id) {
      let text: string | null;
      try {
        text = await (await connection()).get(keyOf(id));
      } catch (error) {
        // Redis away for a moment: the import goes on in its process; the page asks again.
        log.warn('layer import state unreadable', { error });
        throw new AppError(503, 'busy', 'The state of this import cannot be read right now. Try again in a moment.');
      }
      return text ? (JSON.parse(text) as SharedImportState<V>) : null;
    },
  };
}
