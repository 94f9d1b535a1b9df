// Type declarations for the few packages that ship none.
declare module 'shpjs' {
  import type { FeatureCollection } from 'geojson';
  type Part = Uint8Array | ArrayBuffer | DataView;
  export function getShapefile(input: { shp: Part; dbf?: Part; prj?: string; cpg?: string }): Promise<FeatureCollection>;
  export default getShapefile;
}

declare module 'vt-pbf' {
  export function fromGeojsonVt(layers: Record<string, unknown>, options?: { version?: number; extent?: number }): Uint8Array;
}

declare module 'bcrypt' {
  /** Runs on libuv's thread pool. */
  export function hash(data: string, saltRounds: number): Promise<string>;
  export function compare(data: string, encrypted: string): Promise<boolean>;
}

declare module 'better-sqlite3' {
  export default class Database {
    constructor(filename: string, options?: { readonly?: boolean; fileMustExist?: boolean });
    exec(sql: string): this;
    prepare(sql: string): { all(...parameters: unknown[]): unknown[] };
    /** SQLite's online backup: a consistent copy while others read and write. */
    backup(destination: string): Promise<unknown>;
    pragma(source: string, options: { simple: true }): unknown;
    close(): void;
  }
}
