// Prints the URL of a new migrated PostgreSQL database on TEST_DATABASE_URL's server: test helpers that must
// stay synchronous (a test file sets DATABASE_URL before importing the app) run it as a child process.
import { createMigratedDatabase } from './postgresql-database';

createMigratedDatabase(process.env.TEST_DATABASE_URL!)
  .then((url) => process.stdout.write(url))
  .catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
