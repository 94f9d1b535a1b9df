import { z } from '@/lib/zod';

import { loadVisibleAnnotations, toAnnotationCsv, toGeoJson } from '@/server/domain/annotations/export-annotations';
import { getPublicProcess } from '@/server/domain/processes/get-process';
import { AppError, handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

const formatSchema = z.enum(['geojson', 'csv']);

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const format = formatSchema.safeParse(new URL(request.url).searchParams.get('format') ?? 'geojson');
    if (!format.success) throw new AppError(400, 'invalid_format', 'Choose format=geojson or format=csv.');
    const { slug } = await params;
    const process = await getPublicProcess(slug);
    if (!process) throw new AppError(404, 'process_not_found', `There is no planning process called "${slug.slice(0, 64)}".`);
    const rows = await loadVisibleAnnotations(process.id);
    if (format.data === 'csv') {
      return new Response(toAnnotationCsv(rows), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${process.slug}-annotations.csv"` },
      });
    }
    return Response.json(toGeoJson(rows), { headers: { 'content-type': 'application/geo+json' } });
  });
}
