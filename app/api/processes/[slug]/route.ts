import { getPublicProcess } from '@/server/domain/processes/get-process';
import { AppError, handleRoute } from '@/server/http/app-error';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const { slug } = await params;
    const process = await getPublicProcess(slug);
    if (!process) throw new AppError(404, 'process_not_found', `There is no planning process called "${slug.slice(0, 64)}".`);
    return Response.json(process);
  });
}
