'use client';

// Connects the page to the process's shared map: the Y.Doc synced through the collab server,
// kept on this device with y-indexeddb, and presence through awareness. Signed-out visitors get a
// read-only ticket: they see changes live and can change nothing.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { addAnnotation, annotationSchema, annotationsMap, deleteAnnotation, updateAnnotation, type Annotation, type AnnotationPatch } from '@/lib/collab/annotation';
import { createAnnotationCache } from '@/lib/collab/annotation-cache';
import { closeKind, goneReason, type GoneReason } from '@/lib/collab/close-codes';
import { connectionStatus, type ConnectionStatus, type Link } from '@/lib/collab/connection-status';
import { peopleHere, presenceColor, presenceWithin, throttle, type Peer, type PresenceDraft } from '@/lib/collab/presence';
import type { Position } from '@/lib/geo/geometry';
import { EMPTY_SESSION_STATE, readSessionState, writeSessionState, type SessionState } from '@/lib/live/session-state';
import type { Bounds } from '@/lib/schemas/process';

import { fetchCollabTicket } from './collab-token';
import { compactAfterRemoteRemoval } from './compact-after-removal';

export type { ConnectionStatus } from '@/lib/collab/connection-status';
export type Me = { id: string; name: string; role: string };
export type Refusal = { code: number; reason: string } | null;
/** The server has ended this person's connection for good (blocked, account deleted, no access). */
export type Ended = { reason: GoneReason } | null;

const TOKEN_REFRESH_MS = 10 * 60 * 1000;
const PRESENCE_HZ_MS = 100;
const TOO_FAST_PAUSE_MS = 5000;
/** Answers of the token route that mean "not now, not later": shown once, never retried. */
const GONE_CODES: Record<string, GoneReason> = { account_deleted: 'account_deleted', blocked: 'blocked', forbidden: 'no_access', session_ended: 'no_access', process_not_found: 'removed' };
const WORLD: Bounds = [-180, -90, 180, 90];

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** The export, for when no live connection can be had (the collab server is unreachable). */
async function fetchReadOnly(slug: string): Promise<Annotation[]> {
  const response = await fetch(`/api/processes/${encodeURIComponent(slug)}/annotations?format=geojson`).catch(() => null);
  if (!response?.ok) return [];
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

/** `me` is `undefined` while the page does not yet know who is asking: nothing is connected until it does. */
export function useSharedMap(slug: string, me: Me | null | undefined, bounds: Bounds = WORLD) {
  const [link, setLink] = useState<Link>('connecting');
  const [everConnected, setEverConnected] = useState(false);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const [live, setLive] = useState(true);
  const [readOnly, setReadOnly] = useState(!me);
  const [ended, setEnded] = useState<Ended>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [peers, setPeers] = useState<Peer[]>([]);
  const [refusal, setRefusal] = useState<Refusal>(null);
  const [session, setSession] = useState<SessionState>(EMPTY_SESSION_STATE);
  const [generation, setGeneration] = useState(0);
  /** The document has caught up with the server (so what it lacks is truly not there). */
  const [synced, setSynced] = useState(false);
  const docRef = useRef<Y.Doc | null>(null);
  const providerRef = useRef<WebsocketProvider | null>(null);
  const boundsRef = useRef(bounds);
  useEffect(() => {
    boundsRef.current = bounds;
  }, [bounds]);
  const meId = me?.id;
  const meName = me?.name;
  const known = me !== undefined;

  useEffect(() => {
    // Offline, the socket is dropped on purpose, so the link never claims to be live when it is not;
    // back online, it reconnects at once rather than after the provider's back-off.
    let droppedWhileOffline = false;
    const down = () => {
      const provider = providerRef.current;
      if (!provider?.shouldConnect) return;
      droppedWhileOffline = true;
      provider.disconnect();
    };
    const up = () => {
      const provider = providerRef.current;
      if (!provider || (!droppedWhileOffline && !provider.shouldConnect)) return;
      droppedWhileOffline = false;
      if (provider.wsconnected) return;
      provider.disconnect();
      provider.connect();
    };
    window.addEventListener('offline', down);
    window.addEventListener('online', up);
    return () => {
      window.removeEventListener('offline', down);
      window.removeEventListener('online', up);
    };
  }, []);

  useEffect(() => {
    if (!known) return;
    let disposed = false;
    const doc = new Y.Doc();
    docRef.current = doc;
    let provider: WebsocketProvider | null = null;
    let persistence: IndexeddbPersistence | null = null;
    let stopCompaction = () => {};
    let refreshTimer: ReturnType<typeof setInterval> | undefined;

    // Visitors keep no copy on the device: they see the export at once, then the live document once synced.
    let showDoc = !!meId;
    let frame = 0;
    const cache = createAnnotationCache(doc);
    const publish = () => {
      if (!showDoc) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setAnnotations(cache.list()));
    };
    annotationsMap(doc).observeDeep((events) => {
      cache.changed(events);
      publish();
    });
    // The live session's state (phase, lock, timer, follow, spotlight) lives in the document, so it reaches everyone with the marks.
    const sessionMap = doc.getMap('session');
    sessionMap.observe(() => setSession(readSessionState(sessionMap)));
    if (!showDoc) void fetchReadOnly(slug).then((list) => !disposed && !showDoc && setAnnotations(list));

    const endForGood = (reason: GoneReason) => {
      setEnded({ reason });
      provider?.disconnect();
    };

    void (async () => {
      const answer = await fetchCollabTicket(slug);
      if (disposed) return;
      if (!answer.ok) {
        if (GONE_CODES[answer.code] && meId) endForGood(GONE_CODES[answer.code]);
        setReadOnly(true);
        setLive(false);
        const list = await fetchReadOnly(slug);
        if (!disposed) setAnnotations(list);
        return;
      }
      const { ticket } = answer;
      const visitor = !!ticket.readOnly || !meId || !meName;
      setReadOnly(visitor);
      if (!visitor) {
        persistence = new IndexeddbPersistence(`civictwin:${ticket.room}:${meId}`, doc);
        persistence.once('synced', publish);
      }
      provider = new WebsocketProvider(ticket.url, ticket.room, doc, { params: { token: ticket.token }, disableBc: true, maxBackoffTime: 5000 });
      providerRef.current = provider;
      const current = provider;
      if (persistence) stopCompaction = compactAfterRemoteRemoval(doc, persistence, (origin) => origin === current);
      // y-websocket relays every presence change it hears, others' too; in a big room that is a
      // flood of echoes. Send only this person's own changes.
      const relayAll = current._awarenessUpdateHandler;
      current.awareness.off('update', relayAll);
      current._awarenessUpdateHandler = (changes, origin) => {
        if (origin === 'local' || origin === 'app closed') relayAll(changes, origin);
      };
      current.awareness.on('update', current._awarenessUpdateHandler);
      if (visitor) current.awareness.setLocalState({});
      else current.awareness.setLocalState({ user: { id: meId, name: meName, color: presenceColor(meId) }, cursor: null, draft: null });
      current.on('sync', (isSynced: boolean) => {
        setSynced(isSynced);
        if (!isSynced || showDoc) return;
        showDoc = true;
        publish();
      });
      current.on('status', ({ status: next }) => {
        setLink(next === 'connected' ? 'connected' : next === 'connecting' ? 'connecting' : 'disconnected');
        if (next === 'connected') setEverConnected(true);
      });
      current.awareness.on('change', () => setPeers(peopleHere(current.awareness.getStates(), doc.clientID)));
      current.on('closed', async ({ code, reason }) => {
        const kind = closeKind(code);
        if (kind === 'gone') return endForGood(goneReason(reason));
        if (kind === 'token') {
          const fresh = await fetchCollabTicket(slug);
          if (disposed) return;
          if (fresh.ok) {
            current.params = { token: fresh.ticket.token };
            current.connect();
          } else if (GONE_CODES[fresh.code]) endForGood(GONE_CODES[fresh.code]);
          else {
            setReadOnly(true);
            setLive(false);
          }
          return;
        }
        // A refused change cannot be kept: later changes build on it. Start again from the server,
        // after a pause when this tab was sending faster than the server takes.
        if (kind === 'tooFast') current.disconnect();
        setRefusal({ code, reason });
        await persistence?.clearData();
        if (kind === 'tooFast') await new Promise((resolve) => setTimeout(resolve, TOO_FAST_PAUSE_MS));
        if (disposed) return;
        setLink('connecting');
        setLive(true);
        setGeneration((g) => g + 1);
      });
      refreshTimer = setInterval(async () => {
        const fresh = await fetchCollabTicket(slug);
        if (fresh.ok) current.params = { token: fresh.ticket.token };
      }, TOKEN_REFRESH_MS);
    })();

    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      clearInterval(refreshTimer);
      stopCompaction();
      provider?.awareness.setLocalState(null);
      provider?.destroy();
      void persistence?.destroy();
      providerRef.current = null;
      docRef.current = null;
      doc.destroy();
    };
  }, [slug, meId, meName, known, generation]);

  const setPresence = useMemo(
    () =>
      throttle((cursor: Position | null, draft: PresenceDraft | null) => {
        const awareness = providerRef.current?.awareness;
        const state = awareness?.getLocalState();
        if (!awareness || !state?.user) return;
        awareness.setLocalState({ ...state, ...presenceWithin(boundsRef.current, cursor, draft) });
      }, PRESENCE_HZ_MS),
    [],
  );

  const add = useCallback((annotation: Annotation) => docRef.current && addAnnotation(docRef.current, annotation), []);
  const update = useCallback((id: string, patch: AnnotationPatch) => docRef.current && updateAnnotation(docRef.current, id, patch), []);
  const remove = useCallback((id: string) => docRef.current && deleteAnnotation(docRef.current, id), []);
  /** Facilitators steer the session by writing its keys (the collab guard refuses anyone else). */
  const writeSession = useCallback((patch: Partial<SessionState>) => {
    if (docRef.current) writeSessionState(docRef.current, patch);
  }, []);

  const status: ConnectionStatus = connectionStatus({ link, online, readOnly, ended: !!ended, everConnected, live });
  const editable = !!me && !readOnly && !ended;
  return { status, annotations, peers, refusal, ended, dismissRefusal: () => setRefusal(null), setPresence, add, update, remove, session, writeSession, synced, locked: session.locked, editable };
}
