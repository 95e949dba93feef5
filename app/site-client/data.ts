/**
 * Loading the site's data scripts. Each calls `callboardData(name, value)`; a page opened from disk
 * may load scripts but not fetch files, so data comes as scripts, each loaded once, on demand.
 */
import {
  DATA_CALLBACK,
  ROW,
  ROWS_PER_CHUNK,
  bucketName,
  bucketOf,
  dataScriptPath,
  type EntityDetail,
  type Row,
  type SiteMeta,
} from '../core/site/site-format.ts';

const values = new Map<string, unknown>();
const waiting = new Map<string, ((value: unknown) => void)[]>();
const loading = new Map<string, Promise<unknown>>();

(globalThis as unknown as Record<string, unknown>)[DATA_CALLBACK] = (name: string, value: unknown) => {
  values.set(name, value);
  for (const resolve of waiting.get(name) ?? []) resolve(value);
  waiting.delete(name);
};

/** A data script's value: loaded by adding its script once; the same promise for every caller. */
export function load<T>(name: string): Promise<T> {
  if (values.has(name)) return Promise.resolve(values.get(name) as T);
  let promise = loading.get(name);
  if (!promise) {
    promise = new Promise((resolve, reject) => {
      (waiting.get(name) ?? waiting.set(name, []).get(name)!).push(resolve);
      if (name === 'catalog') return; // index.html loads it
      const script = document.createElement('script');
      script.src = dataScriptPath(name);
      script.async = true;
      script.onerror = () => reject(new Error(`${dataScriptPath(name)} could not be loaded`));
      document.head.appendChild(script);
    });
    loading.set(name, promise);
  }
  return promise as Promise<T>;
}

export const meta = (): Promise<SiteMeta> => load<SiteMeta>('catalog');

let rows: Row[] | undefined;
let rowIndex: Map<string, number> | undefined;

/**
 * Every row, in ref order. `onFirst` is told the first chunk to arrive, when there are more to come, so
 * a large catalog shows something at once; the promise resolves with all of them. (Drawing after every
 * chunk would sort and count 100,000 rows twenty times.)
 */
export async function allRows(onFirst?: (rows: Row[]) => void): Promise<Row[]> {
  if (rows) return rows;
  const m = await meta();
  const chunks: Row[][] = new Array(m.chunks.length);
  let arrived = 0;
  await Promise.all(
    m.chunks.map((name, i) =>
      load<Row[]>(name).then((chunk) => {
        chunks[i] = chunk;
        arrived++;
        if (onFirst && arrived === 1 && m.chunks.length > 1) onFirst(chunk);
      }),
    ),
  );
  rows = chunks.flat();
  rowIndex = new Map(rows.map((r, i) => [r[ROW.ref], i]));
  return rows;
}

export const rowsLoaded = (): Row[] | undefined => rows;
export const rowNumber = (ref: string): number | undefined => rowIndex?.get(ref);

/** One entity's page data, from its bucket; undefined when the catalog has no such entity. */
export async function entity(ref: string): Promise<EntityDetail | undefined> {
  const m = await meta();
  const bucket = await load<Record<string, EntityDetail>>(bucketName(bucketOf(ref, m.buckets)));
  return Object.hasOwn(bucket, ref) ? bucket[ref] : undefined;
}

/** The rows of these row numbers, loading only the chunks that hold them. */
export async function rowsAt(numbers: readonly number[]): Promise<Map<number, Row>> {
  const m = await meta();
  const chunks = [...new Set(numbers.map((n) => Math.floor(n / ROWS_PER_CHUNK)))];
  const loaded = await Promise.all(chunks.map((c) => load<Row[]>(m.chunks[c]!).then((rows) => [c, rows] as const)));
  const byChunk = new Map(loaded);
  return new Map(numbers.map((n) => [n, byChunk.get(Math.floor(n / ROWS_PER_CHUNK))![n % ROWS_PER_CHUNK]!]));
}
