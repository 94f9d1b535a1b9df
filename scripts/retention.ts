// npm run retention: clears guests' names 30 days after their session ended and what deleted accounts
// still hold, once, now (the collab server also does it every hour).
import { db } from '@/server/db';
import { runRetention } from '@/server/privacy/run-retention';

runRetention(db)
  .then((result) => console.log(`retention: ${result.guests} guest(s) and ${result.deletedAccounts} deleted account(s) cleared`))
  .finally(() => db.$disconnect())
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
