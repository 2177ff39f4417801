import { describe, expect, it } from "vitest";
import { listPublishedReleases } from "@/features/press-releases/queries";
import { db } from "@/server/db";
import { makePressRelease, makeTopic, makeUser, unique } from "../../../tests/support/factories";
import { createNewsroomCache } from "./cache";

const HOUR = 3_600_000;

async function generation(): Promise<bigint> {
  return (await db.newsroomGeneration.findUniqueOrThrow({ where: { id: 1 } })).value;
}

describe("the newsroom generation", () => {
  it("moves on with every write the newsroom shows, in the writing transaction", async () => {
    const writes: Array<[string, () => Promise<unknown>]> = [
      ["a release", () => makePressRelease({ status: "PUBLISHED" })],
      ["a topic", () => makeTopic()],
      ["a user's public name", async () => db.user.update({ where: { id: (await makeUser()).user.id }, data: { name: "Jiná Jména" } })],
      ["a setting", () => db.setting.upsert({ where: { key: "test.cache" }, create: { key: "test.cache", value: 1 }, update: { value: 2 } })],
    ];
    for (const [what, write] of writes) {
      const before = await generation();
      await write();
      expect(await generation(), what).toBeGreaterThan(before);
    }
  });

  it("does not move on when a user only signs in", async () => {
    const { user } = await makeUser();
    const before = await generation();
    await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    expect(await generation()).toBe(before);
  });

  it("does not move on for a write that rolls back", async () => {
    const before = await generation();
    await expect(
      db.$transaction(async (tx) => {
        await tx.topic.create({ data: { slug: unique("t").toLowerCase(), nameCs: "Téma", nameEn: "Topic" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await generation()).toBe(before);
  });
});

describe("the newsroom cache", () => {
  it("serves a read from memory until something public is written", async () => {
    const cache = createNewsroomCache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.read("k", load)).toBe(1);
    expect(await cache.read("k", load)).toBe(1);
    await makeTopic();
    expect(await cache.read("k", load)).toBe(2);
  });

  it("loads once for requests that ask at the same time, and forgets a failed load", async () => {
    const cache = createNewsroomCache();
    let loads = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 20));
    expect(await Promise.all([cache.read("same", slow), cache.read("same", slow), cache.read("same", slow)])).toEqual([1, 1, 1]);
    await expect(cache.read("failing", () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    expect(await cache.read("failing", async () => "recovered")).toBe("recovered");
  });

  it("keeps at most maxEntries, dropping the least recently used", async () => {
    const cache = createNewsroomCache({ maxEntries: 2 });
    await cache.read("a", async () => "a1");
    await cache.read("b", async () => "b1");
    await cache.read("a", async () => "a2"); // a is now the most recent
    await cache.read("c", async () => "c1"); // b goes
    expect(await cache.read("a", async () => "a3")).toBe("a1");
    expect(await cache.read("b", async () => "b2")).toBe("b2");
  });

  it("shows an embargoed release when its embargo lifts, not before, though nothing was written", async () => {
    const tag = unique("embargo");
    const start = Date.now();
    let clock = start;
    const cache = createNewsroomCache({ now: () => clock });
    const release = await makePressRelease({ status: "PUBLISHED", title: `Lávka ${tag}`, publishedAt: new Date(start - HOUR), embargoUntil: new Date(start + HOUR) });
    const visible = async () => (await cache.read(`q:${tag}`, () => listPublishedReleases({ q: tag }, new Date(clock)))).rows.map((row) => row.slug);

    expect(await visible()).toEqual([]);
    clock = start + HOUR - 1000;
    expect(await visible()).toEqual([]);
    clock = start + HOUR + 1000;
    expect(await visible()).toEqual([release.slug]);
  });

  it("renews after ttlMs at the latest", async () => {
    let clock = Date.now();
    const cache = createNewsroomCache({ now: () => clock, ttlMs: 60_000 });
    let loads = 0;
    await cache.read("k", async () => ++loads);
    clock += 59_000;
    expect(await cache.read("k", async () => ++loads)).toBe(1);
    clock += 2_000;
    expect(await cache.read("k", async () => ++loads)).toBe(2);
  });
});
