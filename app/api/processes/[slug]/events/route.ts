import { recentProcessEvents, subscribeProcessEvents, type ProcessEvent } from '@/server/domain/events/process-events';
import { watchLivePhase } from '@/server/domain/live-sessions/phase-watch';
import { requireProcess } from '@/server/domain/processes/require-process';
import { handleRoute } from '@/server/http/app-error';

export const dynamic = 'force-dynamic';

const encoder = new TextEncoder();
// Every open page of the process gets the same signal object: it is serialised once, not once per page.
const encoded = new WeakMap<ProcessEvent, Uint8Array>();
function bytesOf(event: ProcessEvent): Uint8Array {
  let bytes = encoded.get(event);
  if (!bytes) encoded.set(event, (bytes = encoder.encode(`data: ${JSON.stringify(event)}\n\n`)));
  return bytes;
}

/** Server-sent change signals for a process: browsers refetch what changed. Each connection opens with the last minute's (`event: recent`). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handleRoute(request, async () => {
    const process = await requireProcess((await params).slug);
    let stop = () => {};
    const stream = new ReadableStream({
      start(controller) {
        const send = (text: string) => controller.enqueue(encoder.encode(text));
        send('retry: 2000\n\n');
        const unsubscribe = subscribeProcessEvents(process.id, (event) => controller.enqueue(bytesOf(event)));
        // First, what changed in the last minute: a page rendered before this stream opened checks what it missed.
        send(`event: recent\ndata: ${JSON.stringify(recentProcessEvents(process.id))}\n\n`);
        // A phase switch reaches this process through the database only (the collab server mirrors it there).
        const unwatch = watchLivePhase(process.id);
        const keepAlive = setInterval(() => send(': keep-alive\n\n'), 25_000);
        stop = () => {
          clearInterval(keepAlive);
          unwatch();
          unsubscribe();
        };
        request.signal.addEventListener('abort', () => {
          stop();
          controller.close();
        });
      },
      cancel: () => stop(),
    });
    return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive' } });
  });
}
