// `npm run db:migrate`: applies the committed migrations of the database DATABASE_URL names.
import { migrateDatabase } from '@/server/database/migrate';

migrateDatabase().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
