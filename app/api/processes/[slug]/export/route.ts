import { viewingSubject } from '@/server/auth/actor';
import { exportProcess } from '@/server/domain/exports/export-process';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const { slug } = await params;
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const file = await exportProcess(await viewingSubject(), slug, query);
    return new Response(file.body, {
      headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' },
    });
  });
}
