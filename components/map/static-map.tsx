import type { Geometry } from '@/lib/geo/geometry';
import './static-map.css';

import { staticProjection, svgPath, type Bounds } from '@/lib/geo/static-projection';

export type StaticMapItem = { key: string; geometry: Geometry; color: string; radius?: number };

/**
 * A printable picture of a process's territory with places on it (no tiles: it prints anywhere).
 * The figures beside it carry the information; the picture is labelled for screen readers.
 */
export function StaticMap({ bounds, items, label, width = 640 }: { bounds: Bounds; items: StaticMapItem[]; label: string; width?: number }) {
  const { height, project } = staticProjection(bounds, width);
  return (
    <svg className="static-map" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      <rect x="0" y="0" width={width} height={height} className="static-map-ground" />
      {items.map(({ key, geometry, color, radius = 4 }) => {
        if (geometry.type === 'Point') {
          const [x, y] = project(geometry.coordinates);
          return <circle key={key} cx={x} cy={y} r={radius} fill={color} className="static-map-point" />;
        }
        const area = geometry.type === 'Polygon';
        return <path key={key} d={svgPath(geometry, project)} stroke={color} fill={area ? color : 'none'} fillOpacity={area ? 0.25 : 0} strokeWidth={2} />;
      })}
    </svg>
  );
}
