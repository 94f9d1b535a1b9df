import { currentUser } from '@/server/auth/auth';
import { exportMyData } from '@/server/domain/users/export-my-data';
import { AppError, handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return handleRoute(request, async () => {
    const user = await currentUser();
    if (!user) throw new AppError(401, 'sign_in_required', 'Sign in to download your data.');
    return new Response(JSON.stringify(await exportMyData(user.id), null, 2), {
      headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': 'attachment; filename="civictwin-my-data.json"', 'cache-control': 'no-store' },
    });
  });
}
