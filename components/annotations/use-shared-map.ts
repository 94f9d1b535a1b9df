'use client';

// Connects the page to the process's shared map: the Y.Doc synced through the collab server,
// kept on this device with y-indexeddb, and presence through awareness. Visitors who are not
// signed in get a read-only view of what has been drawn.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { addAnnotation, annotationSchema, annotationsMap, deleteAnnotation, listAnnotations, updateAnnotation, type Annotation, type AnnotationPatch } from '@/lib/collab/annotation';
import { peopleHere, presenceColor, throttle, type Peer, type PresenceDraft } from '@/lib/collab/presence';
import type { Position } from '@/lib/geo/geometry';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'view-only';
export type Me = { id: string; name: string; role: string };
export type Refusal = { code: number; reason: string } | null;

type TokenResponse = { url: string; room: string; token: string };
const TOKEN_REFRESH_MS = 10 * 60 * 1000;
const PRESENCE_HZ_MS = 100;

async function fetchToken(slug: string): Promise<TokenResponse | null> {
  const response = await fetch(`/api/collab/token?process=${encodeURIComponent(slug)}`, { cache: 'no-store' });
  return response.ok ? response.json() : null;
}

async function fetchReadOnly(slug: string): Promise<Annotation[]> {
  const response = await fetch(`/api/processes/${encodeURIComponent(slug)}/annotations?format=geojson`);
  if (!response.ok) return [];
  const collection = await response.json();
  return collection.features.flatMap((feature: { id: string; geometry: unknown; properties: Record<string, unknown> }) => {
    const parsed = annotationSchema.safeParse({
      id: feature.id,
      kind: feature.properties.kind,
      geometry: feature.geometry,
      category: feature.properties.category,
      text: feature.properties.text,
      authorId: 'unknown',
      authorName: feature.properties.authorName,
      createdAt: Date.parse(String(feature.properties.createdAt)),
      updatedAt: Date.parse(String(feature.properties.updatedAt)),
    });
    return parsed.success ? [parsed.data] : [];
  });
}

export function useSharedMap(slug: string, me: Me | null) {
  const [status, setStatus] = useState<ConnectionStatus>(me ? 'connecting' : 'view-only');
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [refusal, setRefusal] = useState<Refusal>(null);
  const [generation, setGeneration] = useState(0);
  const docRef = useRef<Y.Doc | null>(null);
  const providerRef = useRef<WebsocketProvider | null>(null);
  const meId = me?.id;
  const meName = me?.name;

  useEffect(() => {
    if (!meId || !meName) {
      let cancelled = false;
      void fetchReadOnly(slug).then((list) => !cancelled && setAnnotations(list));
      return () => {
        cancelled = true;
      };
    }
    let disposed = false;
    const doc = new Y.Doc();
    docRef.current = doc;
    let provider: WebsocketProvider | null = null;
    let persistence: IndexeddbPersistence | null = null;
    let refreshTimer: ReturnType<typeof setInterval> | undefined;

    let frame = 0;
    const publish = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setAnnotations(listAnnotations(doc)));
    };
    annotationsMap(doc).observeDeep(publish);

    void (async () => {
      const token = await fetchToken(slug).catch(() => null);
      if (disposed) return;
      if (!token) {
        setStatus(navigator.onLine ? 'view-only' : 'offline');
        return;
      }
      persistence = new IndexeddbPersistence(`civictwin:${token.room}:${meId}`, doc);
      persistence.once('synced', publish);
      provider = new WebsocketProvider(token.url, token.room, doc, { params: { token: token.token }, disableBc: true, maxBackoffTime: 5000 });
      providerRef.current = provider;
      const current = provider;
      // y-websocket relays every presence change it hears, others' too; in a big room that is a
      // flood of echoes. Send only this person's own changes.
      const relayAll = current._awarenessUpdateHandler;
      current.awareness.off('update', relayAll);
      current._awarenessUpdateHandler = (changes, origin) => {
        if (origin === 'local' || origin === 'app closed') relayAll(changes, origin);
      };
      current.awareness.on('update', current._awarenessUpdateHandler);
      current.awareness.setLocalState({ user: { id: meId, name: meName, color: presenceColor(meId) }, cursor: null, draft: null });
      current.on('status', ({ status: next }) => {
        if (next === 'connected') setStatus('connected');
        else setStatus(navigator.onLine ? 'reconnecting' : 'offline');
      });
      current.awareness.on('change', () => setPeers(peopleHere(current.awareness.getStates(), doc.clientID)));
      current.on('closed', async ({ code, reason }) => {
        if (code === 4401) {
          const fresh = await fetchToken(slug).catch(() => null);
          if (fresh && !disposed) {
            current.params = { token: fresh.token };
            current.connect();
          } else setStatus('view-only');
          return;
        }
        // A refused change cannot be kept: later changes build on it. Start again from the server.
        setRefusal({ code, reason });
        await persistence?.clearData();
        if (!disposed) setGeneration((g) => g + 1);
      });
      refreshTimer = setInterval(async () => {
        const fresh = await fetchToken(slug).catch(() => null);
        if (fresh) current.params = { token: fresh.token };
      }, TOKEN_REFRESH_MS);
    })();

    const goneOffline = () => setStatus('offline');
    window.addEventListener('offline', goneOffline);
    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      clearInterval(refreshTimer);
      window.removeEventListener('offline', goneOffline);
      provider?.awareness.setLocalState(null);
      provider?.destroy();
      void persistence?.destroy();
      providerRef.current = null;
      docRef.current = null;
      doc.destroy();
    };
  }, [slug, meId, meName, generation]);

  const setPresence = useMemo(
    () =>
      throttle((cursor: Position | null, draft: PresenceDraft | null) => {
        const awareness = providerRef.current?.awareness;
        if (!awareness?.getLocalState()) return;
        awareness.setLocalState({ ...awareness.getLocalState(), cursor, draft });
      }, PRESENCE_HZ_MS),
    [],
  );

  const add = useCallback((annotation: Annotation) => docRef.current && addAnnotation(docRef.current, annotation), []);
  const update = useCallback((id: string, patch: AnnotationPatch) => docRef.current && updateAnnotation(docRef.current, id, patch), []);
  const remove = useCallback((id: string) => docRef.current && deleteAnnotation(docRef.current, id), []);

  return { status, annotations, peers, refusal, dismissRefusal: () => setRefusal(null), setPresence, add, update, remove, editable: !!me && status !== 'view-only' };
}
