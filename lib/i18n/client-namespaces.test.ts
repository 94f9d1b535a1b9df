import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { clientFilesFrom, covers, keysUsedBy } from './client-message-usage';
import { CLIENT_NAMESPACES, clientMessages, type ClientSection } from './client-namespaces';
import de from './messages/de.json';
import en from './messages/en.json';

const APP = path.resolve(import.meta.dirname, '../../app');
const routeFiles = (fs.readdirSync(APP, { recursive: true }) as string[])
  .filter((file) => /(^|\/)(page|layout|error|not-found|loading|template)\.tsx$/.test(file))
  .map((file) => path.join('app', file));

/** The section of the nearest layout (in the file's own folder or above) that gives its children a part of the catalogue. */
function sectionOf(routeFile: string): ClientSection | undefined {
  for (let dir = path.dirname(routeFile); dir.startsWith('app'); dir = path.dirname(dir)) {
    const layout = path.join(APP, '..', dir, 'layout.tsx');
    const section = fs.existsSync(layout) ? fs.readFileSync(layout, 'utf8').match(/<ClientMessages section="(\w+)"/)?.[1] : undefined;
    if (section) return section as ClientSection;
  }
  return undefined;
}

function has(messages: object, key: string): boolean {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages) !== undefined;
}

describe('client messages', () => {
  it.each(routeFiles)('%s: its client components find every key they read in their section', (routeFile) => {
    const section = sectionOf(routeFile);
    expect(section, 'a layout above it gives client components their messages').toBeDefined();
    const missing = clientFilesFrom(routeFile).flatMap((file) =>
      keysUsedBy(file)
        .filter((key) => !covers(CLIENT_NAMESPACES[section!], key))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('names only parts of the catalogue that exist', () => {
    const unknown = Object.values(CLIENT_NAMESPACES).flat().filter((namespace) => !has(en, namespace));
    expect(unknown).toEqual([]);
  });

  it('gives the process page less than half of the catalogue, without what only admins or other pages read', () => {
    const part = clientMessages(en, 'process');
    expect(JSON.stringify(part).length).toBeLessThan(JSON.stringify(en).length / 2);
    expect(Object.keys(part)).not.toContain('processAdmin');
    expect(Object.keys(part)).not.toContain('auth');
    expect(part).toMatchObject({ errors: { codes: en.errors.codes }, layers: { feature: en.layers.feature } });
    expect(part).not.toHaveProperty('layers.add');
    expect(part).not.toHaveProperty('errors.notFoundTitle');
  });

  it('picks from the locale it is given, once per catalogue', () => {
    expect(clientMessages(de, 'root')).toEqual({
      admin: { title: de.admin.title },
      errors: { genericBody: de.errors.genericBody, genericTitle: de.errors.genericTitle, retry: de.errors.retry },
      me: { link: de.me.link },
      nav: { language: de.nav.language, signIn: de.nav.signIn, signOut: de.nav.signOut, signUp: de.nav.signUp },
      roles: de.roles,
    });
    expect(clientMessages(de, 'process')).toBe(clientMessages(de, 'process'));
    expect(clientMessages(en, 'processLive').live).toBe(en.live);
  });

  it('reads the keys a component translates, its whole namespace when the key is computed', () => {
    const read = keysUsedBy('components/map/workspace-toasts.tsx');
    expect(read).toEqual(expect.arrayContaining(['annotations.refused.title', 'errors.codes', 'annotations.refused.reasons']));
    expect(keysUsedBy('components/ui/language-switch.tsx')).toEqual(['nav.language']);
    expect(covers(['live.votes'], 'live.votes.button.pick')).toBe(true);
    expect(covers(['live.votes'], 'live.overlay')).toBe(false);
  });
});
