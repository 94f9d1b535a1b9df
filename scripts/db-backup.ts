// npm run db:backup -- <file>   copies the database (DATABASE_URL) into <file>, safely while the app runs.
// npm run db:restore -- <file>  puts <file> back in place of the database; stop the servers first.
import { databaseUrl } from '@/lib/database-url';
import { backupDatabase, restoreDatabase } from '@/server/database/backup';

const [command, file] = process.argv.slice(2);
if (!file || (command !== 'backup' && command !== 'restore')) {
  console.error('usage: npm run db:backup -- <file> | npm run db:restore -- <file>');
  process.exit(2);
}
const url = databaseUrl();
(command === 'backup' ? backupDatabase(url, file) : restoreDatabase(url, file))
  .then((report) => console.log(`${command === 'backup' ? 'backed up to' : 'restored from'} ${report.file} (${Math.round(report.bytes / 1024)} KB)`))
  .catch((error: Error) => {
    console.error(`${command} failed: ${error.message}`);
    process.exitCode = 1;
  });
