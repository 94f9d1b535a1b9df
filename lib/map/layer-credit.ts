import { escapeHtml } from '@/lib/html';

// "© OpenStreetMap contributors", with or without the © and a licence in brackets after it.
const OSM_CREDIT = /©?\s*OpenStreetMap contributors(\s*\([^)]*\))?/gi;

/**
 * A layer's credit for the map's attribution line, as HTML: empty when it only repeats the
 * OpenStreetMap credit the basemap already gives (MapLibre drops only exact duplicates).
 */
export function layerCredit(attribution: string): string {
  const rest = attribution.replace(OSM_CREDIT, '').replace(/[\s.,;:·|–—-]+/g, '');
  return rest ? escapeHtml(attribution) : '';
}
