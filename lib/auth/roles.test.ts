import { describe, expect, it } from 'vitest';

import { ACTIONS, ROLES, can, isRole } from './roles';

describe('role permissions', () => {
  it('gives nobody anything without a role', () => {
    for (const action of ACTIONS) expect(can(null, action)).toBe(false);
  });

  it('lets guests take part but not propose, flag or moderate', () => {
    expect(can('guest', 'annotation.create')).toBe(true);
    expect(can('guest', 'vote.cast')).toBe(true);
    expect(can('guest', 'proposal.create')).toBe(false);
    expect(can('guest', 'content.flag')).toBe(false);
    expect(can('guest', 'annotation.editAny')).toBe(false);
  });

  it('lets citizens propose and flag, but never touch others’ work or answer', () => {
    expect(can('citizen', 'proposal.create')).toBe(true);
    expect(can('citizen', 'content.flag')).toBe(true);
    for (const action of ['annotation.editAny', 'content.moderate', 'proposal.answer', 'data.export', 'layer.manage'] as const) {
      expect(can('citizen', action)).toBe(false);
    }
  });

  it('splits facilitators (run sessions, moderate) from councillors (answer, export)', () => {
    expect(can('facilitator', 'content.moderate')).toBe(true);
    expect(can('facilitator', 'annotation.editAny')).toBe(true);
    expect(can('facilitator', 'proposal.answer')).toBe(false);
    expect(can('councillor', 'proposal.answer')).toBe(true);
    expect(can('councillor', 'data.export')).toBe(true);
    expect(can('councillor', 'content.moderate')).toBe(false);
    expect(can('councillor', 'annotation.editAny')).toBe(false);
  });

  it('lets councillors and admins manage layers and scenarios, and nobody else', () => {
    expect(['guest', 'citizen', 'facilitator', 'councillor', 'admin'].filter((role) => can(role as never, 'layer.manage'))).toEqual(['councillor', 'admin']);
  });

  it('lets admins do everything, and only admins manage processes, layers and roles', () => {
    for (const action of ACTIONS) expect(can('admin', action)).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(can(role, 'process.manage')).toBe(false);
      expect(can(role, 'role.manage')).toBe(false);
    }
  });

  it('recognises only the known roles', () => {
    expect(isRole('councillor')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
