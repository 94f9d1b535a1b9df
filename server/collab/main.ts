// The collab server process (npm run collab): y-websocket rooms with the permission guard, the
// update log in the database and the Annotation projection.
import { databaseDialect } from '@/lib/database-url';
import { inChunks } from '@/server/database/in-chunks';
import { db } from '@/server/db';
import { runRetention } from '@/server/privacy/run-retention';
import { signalBus } from '@/server/signals/signal-bus';

import { createPollingWatch } from './account-watch';
import { createAuthenticate } from './authenticate';
import { createPrismaHiddenMarkStore } from './hidden-marks';
import { createPrismaLiveSessionStore } from './live-session';
import { createPrismaStore } from './persistence';
import { createPrismaPrivateMarkStore } from './private-marks';
import { createPrismaSink } from './projection';
import { createRoomRelay } from './room-relay';
import { startCollabServer } from './server';
import { SIGNALLED_WATCH_INTERVAL_MS, wakeOnSignals } from './watch-signals';
import { log } from '@/server/log/log';

const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

async function main() {
  // WAL lets the web app read while this process appends; each append is committed before it is shared.
  if (databaseDialect() === 'sqlite') await db.$queryRawUnsafe('PRAGMA journal_mode=WAL');
  // With REDIS_URL, several collab servers share rooms and hear the web app's signals; without, one holds them all.
  const bus = signalBus();
  const server = await startCollabServer({
    port: Number(process.env.COLLAB_PORT ?? 1234),
    store: createPrismaStore(db, { shared: bus.shared }),
    sink: createPrismaSink(db),
    authenticate: createAuthenticate(db),
    hiddenMarks: createPrismaHiddenMarkStore(db),
    privateMarks: createPrismaPrivateMarkStore(db),
    liveSessions: createPrismaLiveSessionStore(db),
    watch: bus.shared ? createPollingWatch(db, SIGNALLED_WATCH_INTERVAL_MS, wakeOnSignals(bus)) : createPollingWatch(db),
    relay: bus.shared ? createRoomRelay(bus) : undefined,
    idleUnloadMs: process.env.COLLAB_IDLE_UNLOAD_MS ? Number(process.env.COLLAB_IDLE_UNLOAD_MS) : undefined,
    formerAuthors: async (ids) => new Set((await inChunks(ids, (chunk) => db.user.findMany({ where: { id: { in: chunk }, deletedAt: { not: null } }, select: { id: true } }))).map((u) => u.id)),
  });
  log.info(`collab server listening on ws://localhost:${server.port}${bus.shared ? ' (rooms shared through Redis)' : ''}`, { port: server.port, shared: bus.shared });

  // What /privacy promises about guests and deleted accounts, enforced hourly (also `npm run retention`).
  const retain = () => runRetention(db).catch((error) => log.error('retention: could not clear old personal data', { error }));
  const retention = setInterval(retain, RETENTION_INTERVAL_MS);
  retention.unref();
  void retain();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(retention);
    setTimeout(() => process.exit(0), 5000).unref();
    await server.close();
    await bus.close();
    await db.$disconnect();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  log.error('collab server stopped', { error });
  process.exit(1);
});
