// What an administrator sets for the whole installation (/admin/settings), checked the same way by the form and the server.
import { z } from 'zod';

import { wellFormedText } from './text';

export const installationSettingsSchema = z.strictObject({
  /** The data controller named on /privacy: usually the municipality. */
  controllerName: wellFormedText().trim().max(200, 'too_long'),
  /** How to reach them about personal data: an address, an e-mail, a web page. */
  controllerContact: wellFormedText().trim().max(500, 'too_long'),
});

export type InstallationSettings = z.infer<typeof installationSettingsSchema>;

export const DEFAULT_SETTINGS: InstallationSettings = { controllerName: '', controllerContact: '' };
