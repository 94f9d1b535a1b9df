// A plain y-websocket client with a person's ticket, to send what the page would never send:
// the collab server must refuse it on its own (phases, the lock, private mode).
import type { APIRequestContext } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { addAnnotation } from '../lib/collab/annotation';

/** Adds a point mark as `person` and resolves with how the server answered: closed with a code, or kept. */
export async function forgeMark(request: APIRequestContext, slug: string, person: { id: string; name: string }, at: [number, number]): Promise<{ closedWith: number | null }> {
  const ticket = await (await request.get(`/api/collab/token?process=${slug}`)).json();
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(ticket.url, ticket.room, doc, { params: { token: ticket.token }, WebSocketPolyfill: WebSocket as never, disableBc: true, connect: true });
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    const closed = new Promise<number>((resolve) => provider.on('connection-close', (event) => resolve((event as CloseEvent | null)?.code ?? 0)));
    const now = Date.now();
    addAnnotation(doc, { id: `forged${now.toString(36)}`, kind: 'point', geometry: { type: 'Point', coordinates: at }, category: 'idea', text: 'Forged', authorId: person.id, authorName: person.name, createdAt: now, updatedAt: now } as never);
    // A kept change is echoed by nothing; a refused one closes the socket at once. Two seconds is plenty on a quiet server.
    const code = await Promise.race([closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 2000))]);
    return { closedWith: code };
  } finally {
    provider.destroy();
    doc.destroy();
  }
}
