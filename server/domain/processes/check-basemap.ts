import { listBasemaps } from '@/server/basemaps/list-basemaps';
import { AppError } from '@/server/http/app-error';

/** Refuses a basemap id the registry does not know (a path of a style we serve is taken as it is). */
export async function assertBasemapKnown(basemap: string | undefined): Promise<void> {
  if (basemap === undefined || basemap.startsWith('/')) return;
  if ((await listBasemaps()).some((option) => option.id === basemap)) return;
  throw new AppError(400, 'invalid_input', `There is no basemap "${basemap}".`, { field: 'basemap', problem: 'invalid' });
}
