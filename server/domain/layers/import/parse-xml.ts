// KML (Google Earth, many geoportals) and GPX (walks and rides recorded on a phone).
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';

import { LayerFileError } from './layer-file-error';

function parseXml(bytes: Uint8Array, format: 'KML' | 'GPX'): Document {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LayerFileError('layer_xml_invalid', `The file is not a readable ${format} file: it is not UTF-8 text.`);
  }
  let problem: string | null = null;
  let document: ReturnType<DOMParser['parseFromString']> | null = null;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning' && !problem) problem = message.split('\n')[0];
      },
    }).parseFromString(text, 'text/xml');
  } catch (error) {
    problem ??= error instanceof Error ? error.message.split('\n')[0] : 'it is not XML';
  }
  const root = document?.documentElement?.nodeName.toLowerCase();
  if (problem || !document || root !== format.toLowerCase()) {
    throw new LayerFileError('layer_xml_invalid', `The file is not a readable ${format} file${problem ? `: ${problem}` : ''}.`);
  }
  return document as unknown as Document;
}

export function parseKml(bytes: Uint8Array): unknown[] {
  return kml(parseXml(bytes, 'KML')).features;
}

export function parseGpx(bytes: Uint8Array): unknown[] {
  return gpx(parseXml(bytes, 'GPX')).features;
}
