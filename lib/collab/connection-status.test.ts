import { describe, expect, it } from 'vitest';

import { connectionStatus, type ConnectionFacts } from './connection-status';

const facts = (patch: Partial<ConnectionFacts>): ConnectionFacts => ({ link: 'connecting', online: true, readOnly: false, ended: false, everConnected: false, live: true, ...patch });

describe('connection status', () => {
  it('says live only while the provider is connected', () => {
    expect(connectionStatus(facts({ link: 'connected', everConnected: true }))).toBe('connected');
    expect(connectionStatus(facts({ link: 'connecting' }))).toBe('connecting');
    expect(connectionStatus(facts({ link: 'disconnected', everConnected: true }))).toBe('reconnecting');
    expect(connectionStatus(facts({ link: 'connecting', everConnected: true }))).toBe('reconnecting');
  });

  it('says offline while the browser is offline, and follows the link again as soon as it is back online', () => {
    expect(connectionStatus(facts({ link: 'disconnected', online: false, everConnected: true }))).toBe('offline');
    expect(connectionStatus(facts({ link: 'connected', online: false, everConnected: true }))).toBe('offline');
    expect(connectionStatus(facts({ link: 'disconnected', online: true, everConnected: true }))).toBe('reconnecting');
    expect(connectionStatus(facts({ link: 'connected', online: true, everConnected: true }))).toBe('connected');
  });

  it('says view only for a connected read-only page, and ended once the server has ended it for good', () => {
    expect(connectionStatus(facts({ link: 'connected', readOnly: true }))).toBe('view-only');
    expect(connectionStatus(facts({ link: 'connected', ended: true }))).toBe('ended');
    expect(connectionStatus(facts({ link: 'disconnected', online: false, ended: true }))).toBe('ended');
  });

  it('says view only for a read-only copy without a live connection, or offline when there is no network', () => {
    expect(connectionStatus(facts({ link: 'disconnected', readOnly: true, live: false }))).toBe('view-only');
    expect(connectionStatus(facts({ link: 'disconnected', readOnly: true, live: false, online: false }))).toBe('offline');
  });
});
