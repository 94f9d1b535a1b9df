import { describe, expect, it } from 'vitest';

import { inputIssue } from '@/lib/errors/input-problem';

import { remoteBasemapInputSchema } from './basemap';

const valid = { name: 'Geoportal', kind: 'style', url: 'https://maps.example.test/style.json', attribution: '© Geoportal' };
const problem = (input: object) => {
  const parsed = remoteBasemapInputSchema.safeParse(input);
  return parsed.success ? null : inputIssue(parsed.error);
};

describe('a remote basemap as an admin registers it', () => {
  it('takes a style over https with its attribution, trimmed', () => {
    expect(remoteBasemapInputSchema.parse({ ...valid, name: '  Geoportal ' })).toEqual(valid);
    expect(problem({ ...valid, kind: 'raster', url: 'https://tiles.example.test/{z}/{x}/{y}.png' })).toBeNull();
  });

  it('refuses any address that is not https', () => {
    for (const url of ['http://maps.example.test/style.json', 'ftp://maps.example.test/style.json', 'javascript:alert(1)', 'data:application/json,{}', '/basemap/style.json', 'not a url']) {
      expect(problem({ ...valid, url })).toEqual({ field: 'url', problem: 'https_only' });
    }
  });

  it('requires the attribution and a name', () => {
    expect(problem({ ...valid, attribution: '   ' })).toEqual({ field: 'attribution', problem: 'empty' });
    expect(problem({ ...valid, attribution: undefined })).toEqual({ field: 'attribution', problem: 'missing' });
    expect(problem({ ...valid, name: '' })).toEqual({ field: 'name', problem: 'empty' });
  });

  it('needs {z}, {x} and {y} in a raster tile address', () => {
    expect(problem({ ...valid, kind: 'raster', url: 'https://tiles.example.test/tiles.png' })).toEqual({ field: 'url', problem: 'needs_zxy' });
  });

  it('refuses unknown kinds and malformed text', () => {
    expect(problem({ ...valid, kind: 'wms' })?.field).toBe('kind');
    expect(problem({ ...valid, attribution: 'bad \ud800 text' })).toEqual({ field: 'attribution', problem: 'invalid_characters' });
  });
});
