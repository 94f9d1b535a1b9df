// bcrypt in native code on libuv's thread pool, so hashing never holds up the event loop. Hashes
// made earlier with bcryptjs ($2a/$2b, cost 12) verify unchanged.
import { compare, hash } from 'bcrypt';

const COST = 12;
// The pool has 4 threads that file reads and zlib share; leave them half of it.
const MAX_PARALLEL_HASHES = 2;

let running = 0;
const waiting: Array<() => void> = [];

async function offThread<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export function hashPassword(password: string): Promise<string> {
  return offThread(() => hash(password, COST));
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return offThread(() => compare(password, passwordHash));
}

// Compared against when the email is unknown, so a missing account takes as long as a wrong password.
export const TIMING_DECOY_HASH = '$2b$12$2fxdufswdZRutgL8ZoB0COjgi4i0H4iDyw2QeHYblp8j.fqmxRXZK';
