// What the browser and the public API receive of a process and its layers.
import { isLocale } from '@/lib/i18n/locales';
import { installedSource, type BasemapSource } from '@/lib/schemas/basemap';
import { categoriesSchema, processStatusSchema, territorySchema, translationsSchema, type Bounds, type ProcessView } from '@/lib/schemas/process';
import { attributeSummarySchema, layerStyleSchema, legendSchema, type LayerView, type ScenarioView } from '@/lib/schemas/layer';
import type { Layer, Process } from '@/server/generated/prisma/client';

import { sanitizeDescription } from './sanitize-description';

function sanitizedTranslations(json: string) {
  const translations = translationsSchema.catch({}).parse(JSON.parse(json));
  for (const texts of Object.values(translations)) if (texts.description) texts.description = sanitizeDescription(texts.description);
  return translations;
}

export function toProcessView(process: Process, layers: LayerView[], scenarios: ScenarioView[] = [], basemapSource: BasemapSource = installedSource(process.basemap)): ProcessView {
  const bounds: Bounds = [process.boundsWest, process.boundsSouth, process.boundsEast, process.boundsNorth];
  return {
    id: process.id,
    slug: process.slug,
    title: process.title,
    // Sanitised when written too; again here, for rows written by other paths (seeds, older versions).
    description: sanitizeDescription(process.description),
    question: process.question,
    language: isLocale(process.language) ? process.language : 'en',
    translations: sanitizedTranslations(process.translations),
    opensAt: process.opensAt?.toISOString() ?? null,
    closesAt: process.closesAt?.toISOString() ?? null,
    territory: process.territory ? territorySchema.catch(null as never).parse(JSON.parse(process.territory)) : null,
    status: processStatusSchema.parse(process.status),
    bounds,
    basemap: process.basemap,
    basemapSource,
    categories: categoriesSchema.parse(JSON.parse(process.categories)),
    allowOppose: process.allowOppose,
    createdAt: process.createdAt.toISOString(),
    updatedAt: process.updatedAt.toISOString(),
    layers,
    scenarios,
  };
}

export function toScenarioView(scenario: { id: string; name: string; description: string; layers: { layerId: string }[] }): ScenarioView {
  return { id: scenario.id, name: scenario.name, description: scenario.description, layerIds: scenario.layers.map((l) => l.layerId) };
}

export function toLayerView(layer: Layer): LayerView {
  return {
    id: layer.id,
    slug: layer.slug,
    name: layer.name,
    description: layer.description,
    owner: layer.owner,
    sourceType: layer.sourceType as LayerView['sourceType'],
    sourceUrl: layer.sourceUrl,
    sourceLayer: layer.sourceLayer,
    style: layerStyleSchema.parse(JSON.parse(layer.style)),
    legend: legendSchema.parse(JSON.parse(layer.legend)),
    attribution: layer.attribution,
    illustrative: layer.illustrative,
    visibleByDefault: layer.visibleByDefault,
    position: layer.position,
    featureCount: layer.featureCount,
    attributes: attributeSummarySchema.array().parse(JSON.parse(layer.attributes)),
    districts: layer.districts,
    areaCount: layer.areaCount,
  };
}
