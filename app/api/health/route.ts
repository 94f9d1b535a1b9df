import { db } from '@/server/db';
import { errorResponse } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok' });
  } catch {
    return errorResponse(503, 'database_unavailable', 'The database does not answer.');
  }
}
