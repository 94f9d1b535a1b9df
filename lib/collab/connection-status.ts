// What the connection badge says, derived every time from what is true now: the provider's link
// to the server, the browser's own online/offline state, and whether this page may write at all.
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'view-only' | 'ended';
/** The provider's link: `connecting` before the first connection, `disconnected` after losing one. */
export type Link = 'connecting' | 'connected' | 'disconnected';
/** `live: false`: no live connection is tried (the page shows a read-only copy of the marks). */
export type ConnectionFacts = { link: Link; online: boolean; readOnly: boolean; ended: boolean; everConnected: boolean; live: boolean };

export function connectionStatus({ link, online, readOnly, ended, everConnected, live }: ConnectionFacts): ConnectionStatus {
  if (ended) return 'ended';
  if (!online) return 'offline';
  if (!live) return 'view-only';
  if (link === 'connected') return readOnly ? 'view-only' : 'connected';
  return everConnected || link === 'disconnected' ? 'reconnecting' : 'connecting';
}
