'use client';

// The kinds of marks' icons on the map: our SVGs (public/icons/categories), each drawn on a disc of
// its category's colour and handed to MapLibre as an image. Nothing is fetched from another host.
import type { Map as MapLibreMap } from 'maplibre-gl';

import { categoryIconUrl } from '@/lib/process/category-icons';
import type { Category } from '@/lib/schemas/process';

const SIZE = 40;

export const categoryIconImage = (category: Pick<Category, 'id'>) => `category-icon-${category.id}`;

async function iconImage(category: Category): Promise<ImageData> {
  const svg = new Image(SIZE, SIZE);
  svg.src = categoryIconUrl(category.icon!);
  await svg.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const context = canvas.getContext('2d')!;
  context.fillStyle = category.color;
  context.beginPath();
  context.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 1, 0, 2 * Math.PI);
  context.fill();
  context.strokeStyle = '#ffffff';
  context.lineWidth = 2;
  context.stroke();
  context.drawImage(svg, SIZE * 0.2, SIZE * 0.2, SIZE * 0.6, SIZE * 0.6);
  return context.getImageData(0, 0, SIZE, SIZE);
}

/** Adds each category's icon once; a missing or broken icon leaves that category with its symbol alone. */
export async function addCategoryIcons(map: MapLibreMap, categories: Category[]): Promise<void> {
  await Promise.all(
    categories
      .filter((category) => category.icon && !map.hasImage(categoryIconImage(category)))
      .map(async (category) => {
        try {
          const image = await iconImage(category);
          if (!map.hasImage(categoryIconImage(category))) map.addImage(categoryIconImage(category), image, { pixelRatio: 2 });
        } catch (error) {
          console.warn(`icon of category ${category.id} could not be drawn`, error);
        }
      }),
  );
}

/** The icon beside each point mark whose category has one, as a symbol layer's layout. */
export function categoryIconLayout(categories: Category[]) {
  const withIcon = categories.filter((category) => category.icon);
  return {
    'icon-image': (withIcon.length ? ['match', ['get', 'category'], ...withIcon.flatMap((category) => [category.id, categoryIconImage(category)]), ''] : '') as never,
    'icon-offset': [22, -22] as [number, number],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  };
}
