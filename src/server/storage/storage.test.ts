import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isValidStorageKey, LocalDiskStorage, newStorageBase, storageKey } from "./file-storage";

const root = await mkdtemp(path.join(tmpdir(), "herald-storage-"));
afterAll(() => rm(root, { recursive: true, force: true }));

describe("storage keys", () => {
  it("accept only generated keys", () => {
    const base = newStorageBase();
    expect(isValidStorageKey(storageKey(base, "full", "jpg"))).toBe(true);
    for (const key of ["../etc/passwd", `${base}-full.jpg/../../x`, `${base}-full.html`, `/${base}-full.jpg`, `${base}-full.jpg\0`, "a-full.jpg", `${base.toUpperCase()}-full.jpg`, ""]) {
      expect(isValidStorageKey(key), key).toBe(false);
    }
    expect(() => storageKey("../../x", "full", "jpg")).toThrow();
  });
});

describe("LocalDiskStorage", () => {
  const storage = new LocalDiskStorage(root);

  it("puts, gets as a stream, and removes", async () => {
    const key = storageKey(newStorageBase(), "orig", "pdf");
    await storage.put(key, new TextEncoder().encode("%PDF-1.4 hello"));
    const stored = await storage.get(key);
    expect(stored?.size).toBe(14);
    expect(await new Response(stored?.stream).text()).toBe("%PDF-1.4 hello");
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
    await storage.remove(key); // removing twice is fine
  });

  it("leaves no temporary files and stays inside its folder", async () => {
    const key = storageKey(newStorageBase(), "web", "jpg");
    await storage.put(key, new Uint8Array([1, 2, 3]));
    expect(await readdir(path.join(root, key.slice(0, 2)))).toEqual([key]);
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/invalid storage key/);
    await expect(storage.put("../x", new Uint8Array())).rejects.toThrow(/invalid storage key/);
  });

  it("answers null for a missing file", async () => {
    expect(await storage.get(storageKey(newStorageBase(), "full", "jpg"))).toBeNull();
  });
});
