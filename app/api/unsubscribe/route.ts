import { unsubscribe } from '@/server/domain/mail/mail-preferences';
import { handleRoute } from '@/server/http/app-error';

/** RFC 8058 one-click unsubscribe (mail clients POST `List-Unsubscribe=One-Click`), and the page's button. */
export async function POST(request: Request) {
  return handleRoute(request, async () => {
    const url = new URL(request.url);
    await unsubscribe(url.searchParams.get('u') ?? '', url.searchParams.get('s') ?? '');
    if ((request.headers.get('accept') ?? '').includes('text/html')) {
      return new Response(null, { status: 303, headers: { location: `/unsubscribe?done=1` } });
    }
    return Response.json({ unsubscribed: true });
  });
}
