import { describe, expect, it } from 'vitest';

import { ACTIONS, ROLES, roleAllows, isRole } from './roles';

describe('role permissions', () => {
  it('gives nobody anything without a role', () => {
    for (const action of ACTIONS) expect(roleAllows(null, action)).toBe(false);
  });

  it('lets guests take part but not propose, flag or moderate', () => {
    expect(roleAllows('guest', 'annotation.create')).toBe(true);
    expect(roleAllows('guest', 'vote.cast')).toBe(true);
    expect(roleAllows('guest', 'dots.place')).toBe(true);
    expect(roleAllows('guest', 'proposal.create')).toBe(false);
    expect(roleAllows('guest', 'content.flag')).toBe(false);
    expect(roleAllows('guest', 'annotation.editAny')).toBe(false);
  });

  it('lets citizens propose and flag, but never touch others’ work or answer', () => {
    expect(roleAllows('citizen', 'proposal.create')).toBe(true);
    expect(roleAllows('citizen', 'content.flag')).toBe(true);
    for (const action of ['annotation.editAny', 'content.moderate', 'proposal.answer', 'proposal.changeStatus', 'layer.manage'] as const) {
      expect(roleAllows('citizen', action)).toBe(false);
    }
  });

  it('splits facilitators (run sessions, moderate) from councillors (answer, export)', () => {
    expect(roleAllows('facilitator', 'content.moderate')).toBe(true);
    expect(roleAllows('facilitator', 'annotation.editAny')).toBe(true);
    expect(roleAllows('facilitator', 'proposal.answer')).toBe(false);
    expect(roleAllows('councillor', 'proposal.answer')).toBe(true);
    expect(roleAllows('councillor', 'proposal.changeStatus')).toBe(true);
    expect(roleAllows('councillor', 'content.moderate')).toBe(false);
    expect(roleAllows('councillor', 'annotation.editAny')).toBe(false);
  });

  it('lets councillors and admins manage layers and scenarios, and nobody else', () => {
    expect(['guest', 'citizen', 'facilitator', 'councillor', 'admin'].filter((role) => roleAllows(role as never, 'layer.manage'))).toEqual(['councillor', 'admin']);
  });

  it('lets facilitators, councillors and admins read the review, and not citizens or guests', () => {
    expect(ROLES.filter((role) => roleAllows(role, 'process.review'))).toEqual(['facilitator', 'councillor', 'admin']);
  });

  it('lets only admins manage the installation’s basemaps', () => {
    expect(ROLES.filter((role) => roleAllows(role, 'basemap.manage'))).toEqual(['admin']);
  });

  it('lets councillors and admins export a process, and nobody else', () => {
    expect(ROLES.filter((role) => roleAllows(role, 'process.export'))).toEqual(['councillor', 'admin']);
  });

  it('lets admins do everything, and only admins and facilitators block people', () => {
    for (const action of ACTIONS) expect(roleAllows('admin', action)).toBe(true);
    expect(ROLES.filter((role) => roleAllows(role, 'user.block'))).toEqual(['facilitator', 'admin']);
  });

  it('lets only admins into the admin area and manage processes', () => {
    for (const action of ['admin.enter', 'process.manage'] as const) expect(ROLES.filter((role) => roleAllows(role, action))).toEqual(['admin']);
  });

  it('lets only admins manage accounts', () => {
    expect(ROLES.filter((role) => roleAllows(role, 'user.manage'))).toEqual(['admin']);
  });

  it('recognises only the known roles', () => {
    expect(isRole('councillor')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
