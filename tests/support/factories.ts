// Test data with unique values, inserted through the app's own client (the file's database).
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/server/auth/password-hash";
import type { Actor } from "@/server/authz/permissions";
import type { Role } from "@/server/authz/roles";
import { db } from "@/server/db";
import { contactSearchText, nameKeyOf, outletSearchText } from "@/features/media-contacts/normalize";

/** The password every factory user has unless told otherwise (it passes the password policy). */
export const KNOWN_PASSWORD = "correct horse battery staple";

let sequence = 0;
/** Unique per call, across files and runs: a counter and random hex. */
export function unique(prefix = "x"): string {
  sequence += 1;
  return `${prefix}-${sequence}-${randomBytes(3).toString("hex")}`;
}

export function uniqueEmail(prefix = "user"): string {
  return `${unique(prefix)}@test.herald.example`;
}

/** A client address from the TEST-NET ranges, unique within the run. */
export function uniqueIp(): string {
  const n = randomBytes(2);
  sequence += 1;
  return `198.51.${n[0]}.${(sequence % 254) + 1}`;
}

// Hashing costs ~20–50 ms; the known password's hash is made once per file (still a real argon2id hash).
const hashes = new Map<string, Promise<string>>();
function hashOf(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password) as Promise<string>;
}

export interface MakeUserOptions {
  roles?: Role[];
  email?: string;
  name?: string;
  password?: string;
  isActive?: boolean;
  locale?: "cs" | "en";
}

export async function makeUser(options: MakeUserOptions = {}) {
  const email = (options.email ?? uniqueEmail()).toLowerCase();
  const user = await db.user.create({
    data: {
      email,
      name: options.name ?? `Test ${unique("user")}`,
      passwordHash: await hashOf(options.password ?? KNOWN_PASSWORD),
      roles: options.roles ?? ["PR_STAFF"],
      locale: options.locale ?? "cs",
      isActive: options.isActive ?? true,
    },
  });
  return { user, actor: toActor(user), password: options.password ?? KNOWN_PASSWORD };
}

export function makeAdmin(options: Omit<MakeUserOptions, "roles"> = {}) {
  return makeUser({ ...options, roles: ["ADMIN"] });
}

export function toActor(user: { id: string; name: string; email: string; roles: Role[]; locale: string }): Actor {
  return { id: user.id, name: user.name, email: user.email, roles: [...user.roles], locale: user.locale };
}

export interface MakePressReleaseOptions {
  /** The author; a new PR officer when absent. */
  authorId?: string;
  status?: "DRAFT" | "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN";
  title?: string;
  perex?: string;
  bodyHtml?: string;
  language?: string;
  translationGroupId?: string;
  slug?: string;
  approvedById?: string | null;
  publishAt?: Date | null;
  publishedAt?: Date | null;
  embargoUntil?: Date | null;
  topicIds?: string[];
  resolutionIds?: string[];
}

/**
 * A press release in any status, inserted directly (the service's workflow is tested on its own), with
 * revision 1 like a release made through the service. A PUBLISHED one defaults to published an hour ago.
 */
export async function makePressRelease(options: MakePressReleaseOptions = {}) {
  const authorId = options.authorId ?? (await makeUser({ roles: ["PR_STAFF"] })).user.id;
  const status = options.status ?? "DRAFT";
  const title = options.title ?? `Tisková zpráva ${unique("release")}`;
  const perex = options.perex ?? "Perex tiskové zprávy.";
  const bodyHtml = options.bodyHtml ?? "<p>Text tiskové zprávy.</p>";
  const id = crypto.randomUUID();
  const published = status === "PUBLISHED" || status === "WITHDRAWN";
  const release = await db.pressRelease.create({
    data: {
      id,
      translationGroupId: options.translationGroupId ?? id,
      language: options.language ?? "cs",
      slug: options.slug ?? unique("zprava").toLowerCase(),
      title,
      perex,
      bodyHtml,
      status,
      authorId,
      approvedById: options.approvedById ?? null,
      approvedAt: options.approvedById ? new Date() : null,
      publishAt: options.publishAt ?? null,
      publishedAt: options.publishedAt !== undefined ? options.publishedAt : published ? new Date(Date.now() - 3_600_000) : null,
      embargoUntil: options.embargoUntil ?? null,
      topics: { createMany: { data: (options.topicIds ?? []).map((topicId) => ({ topicId })) } },
      resolutions: { createMany: { data: (options.resolutionIds ?? []).map((resolutionId) => ({ resolutionId })) } },
      revisions: { create: { number: 1, title, perex, bodyHtml, editorId: authorId } },
    },
  });
  return release;
}

export async function makeTopic(options: { nameCs?: string; nameEn?: string; slug?: string } = {}) {
  const slug = options.slug ?? unique("tema").toLowerCase();
  return db.topic.create({ data: { slug, nameCs: options.nameCs ?? `Téma ${slug}`, nameEn: options.nameEn ?? `Topic ${slug}` } });
}

export async function makeResolution(options: { body?: "RM" | "ZM"; number?: string; title?: string } = {}) {
  return db.councilResolution.create({
    data: {
      body: options.body ?? "RM",
      number: options.number ?? `${unique("u")}/2026`,
      adoptedOn: new Date("2026-03-02T00:00:00Z"),
      title: options.title ?? `Usnesení ${unique("r")}`,
    },
  });
}

export async function makeOutlet(options: { name?: string; kind?: "PRINT" | "TV" | "RADIO" | "ONLINE" | "AGENCY" | "SOCIAL"; region?: string } = {}) {
  const name = options.name ?? `Médium ${unique("outlet")}`;
  return db.mediaOutlet.create({
    data: { name, kind: options.kind ?? "PRINT", region: options.region ?? null, searchText: outletSearchText({ name, region: options.region }) },
  });
}

export async function makeContact(
  options: { name?: string; email?: string; outletId?: string | null; beats?: string[]; languages?: string[]; mobile?: string; notes?: string; createdAt?: Date; informedAt?: Date | null; doNotContact?: boolean } = {},
) {
  const name = options.name ?? `Novinář ${unique("contact")}`;
  const email = (options.email ?? uniqueEmail("journalist")).toLowerCase();
  const beats = options.beats ?? ["doprava"];
  return db.mediaContact.create({
    data: {
      name,
      email,
      outletId: options.outletId ?? null,
      beats,
      languages: options.languages ?? ["cs"],
      mobile: options.mobile ?? null,
      notes: options.notes ?? null,
      legalBasis: "veřejný zájem",
      source: "web redakce",
      informedAt: options.informedAt === undefined ? new Date() : options.informedAt,
      doNotContact: options.doNotContact ?? false,
      createdAt: options.createdAt,
      unsubscribeToken: randomBytes(24).toString("base64url"),
      searchText: contactSearchText({ name, email, beats }),
      nameKey: nameKeyOf(name),
    },
  });
}
