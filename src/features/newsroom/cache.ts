import "server-only";
import { cache as perRequest } from "react";
import { config } from "@/server/config";
import { db } from "@/server/db";

/**
 * The public newsroom's cache: what its pages and feeds read, kept in this process and keyed by the
 * database's newsroom generation, a counter that triggers move on in every transaction that writes what
 * the newsroom shows (publication, correction, withdrawal, topics, resolutions, files, press contacts).
 * So a publish, even by the scheduler's job or by another app instance, shows at once, and every
 * instance serves the same thing. A cached read costs one primary-key lookup.
 *
 * Time matters too: an embargo lifts or a publication time passes without any write. The cache
 * therefore never outlives the next such moment (and at most ttlMs), so an embargoed release is never
 * shown late, and never early (nothing is served that was read before its time).
 *
 * Why not Next's data cache (unstable_cache / "use cache" with revalidateTag): its tags live in one
 * instance, and revalidateTag needs a request, which the scheduler's job does not have.
 */
export interface NewsroomCacheOptions {
  now?: () => number;
  /** The longest an entry lives without any write (a safety net, not the way things get fresh). */
  ttlMs?: number;
  maxEntries?: number;
}

interface Generation {
  value: bigint;
  validUntil: number;
  entries: Map<string, Promise<unknown>>;
}

export function createNewsroomCache({ now = Date.now, ttlMs = 10 * 60_000, maxEntries = 500 }: NewsroomCacheOptions = {}) {
  let current: Generation | null = null;
  // Requests that find the cache stale at the same time share one renewal (and so one set of entries).
  let renewing: { value: bigint; done: Promise<Generation> } | null = null;

  async function generation(): Promise<Generation> {
    const value = await readGeneration();
    if (current && current.value === value && now() < current.validUntil) return current;
    if (renewing?.value !== value) {
      const at = now();
      const done = nextVisibilityChange(new Date(at)).then((next) => {
        current = { value, validUntil: Math.min(at + ttlMs, next?.getTime() ?? Number.POSITIVE_INFINITY), entries: new Map() };
        return current;
      });
      renewing = { value, done };
      done.finally(() => renewing?.done === done && (renewing = null)).catch(() => undefined);
    }
    return renewing.done;
  }

  return {
    /** The cached result of load() under key, loading it once however many requests ask at the same time. */
    async read<T>(key: string, load: () => Promise<T>): Promise<T> {
      const { entries } = await generation();
      const hit = entries.get(key) as Promise<T> | undefined;
      if (hit) {
        entries.delete(key); // least recently used goes first: move this one to the end
        entries.set(key, hit);
        return hit;
      }
      const loading = load();
      entries.set(key, loading);
      loading.catch(() => entries.get(key) === loading && entries.delete(key));
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return loading;
    },
  };
}

/** Once per request: a page reads several cached things, and they share one lookup. */
const readGeneration = perRequest(async (): Promise<bigint> => {
  const rows = await db.$queryRaw<Array<{ value: bigint }>>`SELECT "value" FROM "NewsroomGeneration" WHERE "id" = 1`;
  return rows[0]?.value ?? BigInt(-1);
});

/**
 * The next moment what the newsroom shows changes without a write: a published release's embargo lifts
 * or its time comes, or a listed press conference ends (it leaves the upcoming list and the ICS feed),
 * or — when a public event is listed — the next midnight in the city (an event leaves the calendar after its last day).
 */
async function nextVisibilityChange(now: Date): Promise<Date | null> {
  const timeZone = config().CITY_TIME_ZONE;
  const [row] = await db.$queryRaw<Array<{ next: Date | null }>>`
    SELECT LEAST(
      (SELECT min("embargoUntil") FROM "PressRelease" WHERE "status" = 'PUBLISHED' AND "embargoUntil" IS NOT NULL AND "embargoUntil" > ${now}),
      (SELECT min("publishedAt") FROM "PressRelease" WHERE "status" = 'PUBLISHED' AND "publishedAt" > ${now}),
      (SELECT min("endsAt") FROM "PressConference" WHERE "status" <> 'HELD' AND "endsAt" > ${now}),
      (SELECT (date_trunc('day', ${now}::timestamptz AT TIME ZONE ${timeZone}::text) + interval '1 day') AT TIME ZONE ${timeZone}::text
         WHERE EXISTS (SELECT 1 FROM "Event" WHERE "isPublic" AND "status" <> 'IDEA'))
    ) AS "next"`;
  return row?.next ?? null;
}

/** The app's one newsroom cache. */
export const newsroomCache = createNewsroomCache();
