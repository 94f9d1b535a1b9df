// Writes that meet a busy database run again a bounded number of times, then refuse with 503 `busy`.
import { AppError } from '@/server/http/app-error';

import { isBusyError } from './busy';

export const busyRefusal = () => new AppError(503, 'busy', 'The database is busy with other changes. Try again in a moment.');

export type RetryOptions = { attempts?: number; pause?: (attempt: number) => Promise<void> };

// Between attempts the event loop runs (SQLite's own busy wait blocks it): 100, 200 ms… with jitter so a burst spreads.
const pauseBefore = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, attempt * 100 + Math.random() * 100));

/**
 * Runs `write` — one statement or one whole transaction, which either happened or did not — again while the
 * database is busy, at most `attempts` times in all; past that, the contract's 503 `busy`. Other errors pass.
 */
export async function retryWhenBusy<T>(write: () => Promise<T>, { attempts = 3, pause = pauseBefore }: RetryOptions = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      if (attempt >= attempts) throw busyRefusal();
      await pause(attempt);
    }
  }
}
