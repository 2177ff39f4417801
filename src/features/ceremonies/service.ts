import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { issueStock } from "@/features/promo-items/service";
import { cityDateTimeToDate } from "@/features/press-releases/schema";
import { getOfficeSettings } from "@/features/settings/queries";
import { writeAudit } from "@/server/audit";
import { reserveAttempt } from "@/server/auth/login-throttle";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { enqueueJob } from "@/server/jobs/queue";
import { parseInput } from "@/server/validation";
import {
  addSlotSchema,
  assignSlotSchema,
  attendanceSchema,
  CONSENT_VERSION,
  ceremonyRefSchema,
  createCeremonySchema,
  eraseSchema,
  giftSchema,
  paperRegistrationSchema,
  registrationRefSchema,
  rsvpSchema,
  sendInvitationsSchema,
  setStatusSchema,
  signUpSchema,
  updateCeremonySchema,
} from "./schema";

type Tx = Prisma.TransactionClient;

export const CEREMONY_MAIL_JOB = "ceremony.mail";
export const CEREMONY_MAIL_JOB_MAX_ATTEMPTS = 8;
/** The public form: per client address, in the login throttle's table (key prefix "ceremonySignUp:"). */
export const SIGN_UP_LIMIT = { failures: 5, windowMinutes: 60, lockMinutes: 60 };
export const signUpThrottleKey = (ip: string) => `ceremonySignUp:ip:${ip}`;
const ENTITY = "Ceremony";
const REG = "CeremonyRegistration";
const ERASED_NAME = "Vymazaný účastník";

const dateOnly = (value: string) => new Date(`${value}T00:00:00Z`);
const token = () => randomBytes(24).toString("base64url");

// ---------------------------------------------------------------------------------------------------
// Ceremonies

type CeremonyInput = {
  type: string;
  title: string;
  occasion?: string;
  date: string;
  venue: string;
  officiant: string;
  programme?: string;
  mediaInvited?: string;
  wreaths: string[];
  guests: Array<{ rank: number; name: string; function: string }>;
};

function ceremonyData(input: CeremonyInput) {
  return {
    type: input.type as "WELCOMING",
    title: input.title,
    occasion: input.occasion ?? "",
    date: dateOnly(input.date),
    venue: input.venue,
    officiant: input.officiant,
    programme: input.programme ?? "",
    mediaInvited: input.mediaInvited ?? "",
  };
}

async function writeMemorial(tx: Tx, ceremonyId: string, input: CeremonyInput) {
  await tx.ceremonyWreath.deleteMany({ where: { ceremonyId } });
  await tx.ceremonyGuest.deleteMany({ where: { ceremonyId } });
  await tx.ceremonyWreath.createMany({ data: input.wreaths.map((organisation, position) => ({ ceremonyId, organisation, position })) });
  await tx.ceremonyGuest.createMany({ data: input.guests.map((guest) => ({ ceremonyId, ...guest })) });
}

export async function createCeremony(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(createCeremonySchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "ceremony.create" }, async () => {
      const ceremony = await tx.ceremony.create({ data: { ...ceremonyData(input), createdById: actor.id } });
      await writeMemorial(tx, ceremony.id, input);
      await writeAudit(tx, { actorId: actor.id, action: "ceremony.create", entityType: ENTITY, entityId: ceremony.id, after: { ...ceremony, wreaths: input.wreaths, guests: input.guests } });
      return { id: ceremony.id, version: ceremony.version };
    }),
  );
}

export async function updateCeremony(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(updateCeremonySchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.ceremony.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError();
    if (before.status === "CANCELLED") throw new PreconditionError("ceremonyWrongStatus");
    const { count } = await tx.ceremony.updateMany({ where: { id: input.id, version: input.version }, data: { ...ceremonyData(input), version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeMemorial(tx, input.id, input);
    const after = await tx.ceremony.findUniqueOrThrow({ where: { id: input.id } });
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.update", entityType: ENTITY, entityId: input.id, before, after: { ...after, wreaths: input.wreaths, guests: input.guests } });
    return { id: after.id, version: after.version };
  });
}

/** PLANNED → HELD / CANCELLED (and back to PLANNED from CANCELLED by mistake). */
export async function setCeremonyStatus(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(setStatusSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.ceremony.findUnique({ where: { id: input.id }, select: { id: true, status: true, version: true } });
    if (!before) throw new NotFoundError();
    if (before.status === input.status) throw new PreconditionError("ceremonyWrongStatus");
    const { count } = await tx.ceremony.updateMany({ where: { id: input.id, version: input.version }, data: { status: input.status, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError("staleVersion");
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.status", entityType: ENTITY, entityId: input.id, before, after: { status: input.status } });
    return { id: input.id, version: input.version + 1 };
  });
}

export async function addSlot(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(addSlotSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "ceremony.addSlot" }, async () => {
      const ceremony = await tx.ceremony.findUnique({ where: { id: input.ceremonyId }, select: { date: true, status: true } });
      if (!ceremony) throw new NotFoundError();
      if (ceremony.status !== "PLANNED") throw new PreconditionError("ceremonyWrongStatus");
      const startsAt = cityDateTimeToDate(`${ceremony.date.toISOString().slice(0, 10)}T${input.time}`, config().CITY_TIME_ZONE);
      if (Number.isNaN(startsAt.getTime())) throw new ValidationError({ time: [{ key: "invalidFormat" }] });
      const slot = await tx.ceremonySlot.create({ data: { ceremonyId: input.ceremonyId, startsAt, capacity: input.capacity } });
      await writeAudit(tx, { actorId: actor.id, action: "ceremony.addSlot", entityType: ENTITY, entityId: input.ceremonyId, after: slot });
      return { id: slot.id, ceremonyId: input.ceremonyId };
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Registrations

type RegistrationInput = {
  type: "WELCOMING" | "JUBILEE_WEDDING" | "LIFE_JUBILEE";
  names: string;
  childName?: string;
  childBirthDate?: string;
  jubileeDate?: string;
  address: string;
  email?: string;
  phone?: string;
  guests: number;
  photoConsent: boolean;
};

function registrationData(input: RegistrationInput) {
  const welcoming = input.type === "WELCOMING";
  return {
    type: input.type,
    names: input.names,
    childName: welcoming ? (input.childName ?? null) : null,
    childBirthDate: welcoming && input.childBirthDate ? dateOnly(input.childBirthDate) : null,
    jubileeDate: !welcoming && input.jubileeDate ? dateOnly(input.jubileeDate) : null,
    address: input.address,
    email: input.email?.toLowerCase() ?? null,
    phone: input.phone ?? null,
    guests: input.guests,
    photoConsent: input.photoConsent,
  };
}

/** What an audit entry may say about a registration: no personal data (the log outlives erasure). */
const auditView = (registration: { id: string; type: string; guests: number; photoConsent: boolean; consentSource?: string; consentVersion?: string }) => ({
  id: registration.id,
  type: registration.type,
  guests: registration.guests,
  photoConsent: registration.photoConsent,
  consentSource: registration.consentSource,
  consentVersion: registration.consentVersion,
});

async function queueMail(tx: Tx, registrationId: string, email: string | null, kind: "CONFIRMATION" | "INVITATION" | "THANKS") {
  if (!email) return 0;
  const created = await tx.ceremonyMail.createMany({ data: [{ registrationId, kind, email }], skipDuplicates: true });
  return created.count;
}

async function enqueueMailJob(tx: Tx) {
  await enqueueJob(tx, { kind: CEREMONY_MAIL_JOB, payload: {}, dedupeKey: `ceremony:mail:${randomBytes(8).toString("hex")}`, maxAttempts: CEREMONY_MAIL_JOB_MAX_ATTEMPTS });
}

/**
 * The public form at /ceremonies/sign-up (no session). Bad input is refused before anything is written;
 * then one attempt is counted per client address in the login throttle's table (SIGN_UP_LIMIT), in the
 * same statement-safe way as logins, so a flood gets `tooManySignUps` and writes nothing more. The
 * consent's version, time and source are recorded; a confirmation e-mail is queued when an address is given.
 */
export async function signUp(rawInput: unknown, context: { ip: string; now?: Date }) {
  const input = parseInput(signUpSchema, rawInput);
  const now = context.now ?? new Date();
  const allowed = await db.$transaction((tx) => reserveAttempt(tx, signUpThrottleKey(context.ip), SIGN_UP_LIMIT, now));
  if (!allowed) throw new PreconditionError("tooManySignUps");
  return db.$transaction(async (tx) => {
    if (input.submissionKey) {
      const previous = await tx.ceremonyRegistration.findUnique({ where: { submissionKey: input.submissionKey }, select: { id: true } });
      if (previous) return { id: previous.id };
    }
    const registration = await tx.ceremonyRegistration.create({
      data: {
        ...registrationData(input),
        consentVersion: CONSENT_VERSION,
        consentAt: now,
        consentSource: "PUBLIC_FORM",
        rsvpToken: token(),
        submissionKey: input.submissionKey ?? null,
      },
    });
    if (await queueMail(tx, registration.id, registration.email, "CONFIRMATION")) await enqueueMailJob(tx);
    await writeAudit(tx, { actorId: null, action: "ceremony.signUp", entityType: REG, entityId: registration.id, after: auditView(registration) });
    return { id: registration.id };
  });
}

/** Staff enter a registration taken on paper; the consent was signed on paper (its date, default today). */
export async function registerOnPaper(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(paperRegistrationSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "ceremony.register" }, async () => {
      const registration = await tx.ceremonyRegistration.create({
        data: {
          ...registrationData(input),
          consentVersion: CONSENT_VERSION,
          consentAt: input.consentOnPaperAt ? dateOnly(input.consentOnPaperAt) : now,
          consentSource: "PAPER",
          rsvpToken: token(),
          createdById: actor.id,
        },
      });
      await writeAudit(tx, { actorId: actor.id, action: "ceremony.register", entityType: REG, entityId: registration.id, after: auditView(registration) });
      return { id: registration.id, version: registration.version };
    }),
  );
}

async function lockRegistration(tx: Tx, id: string, version: number) {
  const [row] = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "CeremonyRegistration" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (!row) throw new NotFoundError();
  const registration = await tx.ceremonyRegistration.findUniqueOrThrow({ where: { id }, include: { ceremony: { select: { id: true, status: true, title: true } } } });
  if (registration.erasedAt) throw new PreconditionError("registrationErased");
  if (registration.version !== version) throw new ConflictError("staleVersion");
  return registration;
}

async function bumpRegistration(tx: Tx, id: string, data: Prisma.CeremonyRegistrationUncheckedUpdateManyInput) {
  await tx.ceremonyRegistration.updateMany({ where: { id }, data: { ...data, version: { increment: 1 } } });
  return tx.ceremonyRegistration.findUniqueOrThrow({ where: { id }, select: { id: true, version: true, slotId: true, ceremonyId: true } });
}

/**
 * Puts a registration in a slot (or moves it to another). The slot's seat is taken by one conditional
 * UPDATE (`booked < capacity`) in the same transaction that frees the old slot's seat; concurrent
 * assignments to the last seat cannot both succeed, and a CHECK (booked ≤ capacity) is the backstop.
 */
export async function assignSlot(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(assignSlotSchema, rawInput);
  return db.$transaction(async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId, input.version);
    if (registration.slotId === input.slotId) throw new PreconditionError("alreadyInSlot");
    const slot = await tx.ceremonySlot.findUnique({ where: { id: input.slotId }, select: { id: true, ceremony: { select: { id: true, type: true, status: true } } } });
    if (!slot) throw new ValidationError({ slotId: [{ key: "invalidChoice" }] });
    if (slot.ceremony.status !== "PLANNED") throw new PreconditionError("ceremonyWrongStatus");
    if (slot.ceremony.type !== registration.type) throw new ValidationError({ slotId: [{ key: "ceremonyTypeMismatch" }] });
    const taken = await tx.$executeRaw`UPDATE "CeremonySlot" SET "booked" = "booked" + 1 WHERE "id" = ${slot.id}::uuid AND "booked" < "capacity"`;
    if (taken === 0) throw new PreconditionError("ceremonySlotFull");
    if (registration.slotId) await tx.$executeRaw`UPDATE "CeremonySlot" SET "booked" = "booked" - 1 WHERE "id" = ${registration.slotId}::uuid`;
    const after = await bumpRegistration(tx, registration.id, { slotId: slot.id, ceremonyId: slot.ceremony.id });
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.assignSlot", entityType: REG, entityId: registration.id, before: { slotId: registration.slotId }, after: { slotId: slot.id, ceremonyId: slot.ceremony.id } });
    return after;
  });
}

export async function unassignSlot(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(registrationRefSchema, rawInput);
  return db.$transaction(async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId, input.version);
    if (!registration.slotId) throw new PreconditionError("notInSlot");
    await tx.$executeRaw`UPDATE "CeremonySlot" SET "booked" = "booked" - 1 WHERE "id" = ${registration.slotId}::uuid`;
    const after = await bumpRegistration(tx, registration.id, { slotId: null, ceremonyId: null });
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.unassignSlot", entityType: REG, entityId: registration.id, before: { slotId: registration.slotId }, after: { slotId: null } });
    return after;
  });
}

/**
 * Queues the invitation e-mail of every scheduled registration of the ceremony with an address (one per
 * registration, ever); the letters for post are the printable page /ceremonies/<id>/letters.
 */
export async function sendCeremonyInvitations(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(sendInvitationsSchema, rawInput);
  return db.$transaction(async (tx) => {
    const ceremony = await tx.ceremony.findUnique({ where: { id: input.ceremonyId }, select: { id: true, status: true } });
    if (!ceremony) throw new NotFoundError();
    if (ceremony.status !== "PLANNED") throw new PreconditionError("ceremonyWrongStatus");
    const registrations = await tx.ceremonyRegistration.findMany({ where: { ceremonyId: ceremony.id, slotId: { not: null }, erasedAt: null }, select: { id: true, email: true } });
    let queued = 0;
    for (const registration of registrations) queued += await queueMail(tx, registration.id, registration.email, "INVITATION");
    if (queued === 0) throw new PreconditionError("noNewInvitees");
    await enqueueMailJob(tx);
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.invite", entityType: ENTITY, entityId: ceremony.id, after: { queued } });
    return { id: ceremony.id, queued };
  });
}

/** Thank-you e-mails to those who attended (once each). */
export async function sendThanks(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(sendInvitationsSchema, rawInput);
  return db.$transaction(async (tx) => {
    const ceremony = await tx.ceremony.findUnique({ where: { id: input.ceremonyId }, select: { id: true, status: true } });
    if (!ceremony) throw new NotFoundError();
    if (ceremony.status !== "HELD") throw new PreconditionError("ceremonyWrongStatus");
    const registrations = await tx.ceremonyRegistration.findMany({ where: { ceremonyId: ceremony.id, attended: true, erasedAt: null }, select: { id: true, email: true } });
    let queued = 0;
    for (const registration of registrations) queued += await queueMail(tx, registration.id, registration.email, "THANKS");
    if (queued === 0) throw new PreconditionError("noNewInvitees");
    await enqueueMailJob(tx);
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.thank", entityType: ENTITY, entityId: ceremony.id, after: { queued } });
    return { id: ceremony.id, queued };
  });
}

/** The family answers through the link in the invitation (the token is the credential), until the ceremony is held. */
export async function respondToCeremonyInvitation(rawInput: unknown) {
  const input = parseInput(rsvpSchema, rawInput);
  return db.$transaction(async (tx) => {
    const registration = await tx.ceremonyRegistration.findUnique({ where: { rsvpToken: input.token }, select: { id: true, rsvp: true, erasedAt: true, ceremony: { select: { status: true } } } });
    if (!registration || registration.erasedAt || !registration.ceremony) throw new NotFoundError("rsvpLinkInvalid");
    if (registration.ceremony.status !== "PLANNED") throw new PreconditionError("rsvpClosed");
    await tx.ceremonyRegistration.update({ where: { id: registration.id }, data: { rsvp: input.answer, version: { increment: 1 } } });
    await writeAudit(tx, { actorId: null, action: "ceremony.rsvp", entityType: REG, entityId: registration.id, before: { rsvp: registration.rsvp }, after: { rsvp: input.answer } });
    return { answer: input.answer };
  });
}

export async function recordAttendance(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(attendanceSchema, rawInput);
  return db.$transaction(async (tx) => {
    const registration = await lockRegistration(tx, input.registrationId, input.version);
    if (!registration.slotId) throw new PreconditionError("notInSlot");
    const after = await bumpRegistration(tx, registration.id, { attended: input.attended });
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.attendance", entityType: REG, entityId: registration.id, before: { attended: registration.attended }, after: { attended: input.attended } });
    return after;
  });
}

/**
 * A gift from the promotional stock (purpose CEREMONY) in the same transaction: a refusal (not enough
 * stock, no `promoItem.manage`) rolls the gift back. The ledger is append-only and outlives erasure, so
 * its recipient is the registration's id, never a name.
 */
export async function issueCeremonyGift(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(giftSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "ceremony.gift" }, async () => {
      const registration = await tx.ceremonyRegistration.findUnique({ where: { id: input.registrationId }, select: { id: true, erasedAt: true, ceremonyId: true } });
      if (!registration) throw new NotFoundError();
      if (registration.erasedAt) throw new PreconditionError("registrationErased");
      const movement = (await issueStock(actor, { itemId: input.itemId, quantity: input.quantity, purpose: "CEREMONY", recipientName: `Obřad – registrace ${registration.id.slice(-8)}`, reference: registration.ceremonyId ?? undefined }, tx)) as { id: string } | null;
      if (!movement) throw new ValidationError({ quantity: [{ key: "quantityPositive" }] });
      const gift = await tx.ceremonyGift.create({ data: { registrationId: registration.id, itemId: input.itemId, quantity: input.quantity, stockMovementId: movement.id } });
      await writeAudit(tx, { actorId: actor.id, action: "ceremony.gift", entityType: REG, entityId: registration.id, after: gift });
      return { id: gift.id, registrationId: registration.id };
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// GDPR: erasure, export, retention

/**
 * Replaces the personal fields with a tombstone and sets `erasedAt`; the type, the ceremony and slot,
 * guests, photo consent, RSVP and attendance stay as anonymous statistics. Queued and sent e-mails (they
 * hold the address) are deleted; the RSVP link dies (a new token). Conditional: an erased one stays as it is.
 */
export async function eraseRegistrationInTx(tx: Tx, id: string, context: { byUserId: string | null; reason: "request" | "retention"; now: Date }) {
  const { count } = await tx.ceremonyRegistration.updateMany({
    where: { id, erasedAt: null },
    data: {
      names: ERASED_NAME,
      childName: null,
      childBirthDate: null,
      jubileeDate: null,
      address: "",
      email: null,
      phone: null,
      rsvpToken: `erased-${token()}`,
      submissionKey: null,
      erasedAt: context.now,
      version: { increment: 1 },
    },
  });
  if (count === 0) return false;
  await tx.ceremonyMail.deleteMany({ where: { registrationId: id } });
  await writeAudit(tx, { actorId: context.byUserId, action: "ceremony.erase", entityType: REG, entityId: id, after: { reason: context.reason } });
  return true;
}

export async function eraseRegistration(actor: Actor | null, rawInput: unknown, now = new Date()) {
  requirePermission(actor, "ceremony.manage");
  const input = parseInput(eraseSchema, rawInput);
  return db.$transaction(async (tx) => {
    const registration = await tx.ceremonyRegistration.findUnique({ where: { id: input.registrationId }, select: { id: true, erasedAt: true } });
    if (!registration) throw new NotFoundError();
    if (registration.erasedAt) throw new PreconditionError("registrationErased");
    await eraseRegistrationInTx(tx, registration.id, { byUserId: actor.id, reason: "request", now });
    return { id: registration.id };
  });
}

/** Everything held about one registration (GDPR Art. 15), audited. */
export async function exportRegistration(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "ceremony.manage");
  const { registrationId } = parseInput(registrationRefSchema.pick({ registrationId: true }), rawInput);
  return db.$transaction(async (tx) => {
    const registration = await tx.ceremonyRegistration.findUnique({
      where: { id: registrationId },
      include: {
        ceremony: { select: { title: true, date: true, venue: true } },
        slot: { select: { startsAt: true } },
        mails: { select: { kind: true, email: true, status: true, sentAt: true } },
        gifts: { select: { itemId: true, quantity: true, createdAt: true } },
      },
    });
    if (!registration) throw new NotFoundError();
    const { rsvpToken: _token, submissionKey: _key, ...data } = registration;
    await writeAudit(tx, { actorId: actor.id, action: "ceremony.export", entityType: REG, entityId: registration.id });
    return { exportedAt: new Date().toISOString(), registration: data };
  });
}

const MONTH_MS = 30.44 * 24 * 3600 * 1000;

/**
 * Retention: registrations whose ceremony was more than `ceremonyRetentionMonths` ago (default 12), and
 * those never scheduled and older than that, are erased. `now` is the clock (tests pass a fake one).
 */
export async function purgeExpiredRegistrations(now: Date, options: { batch?: number } = {}) {
  const { ceremonyRetentionMonths } = await getOfficeSettings();
  const cutoff = new Date(now.getTime() - ceremonyRetentionMonths * MONTH_MS);
  const candidates = await db.ceremonyRegistration.findMany({
    where: { erasedAt: null, OR: [{ ceremony: { date: { lt: cutoff } } }, { ceremonyId: null, createdAt: { lt: cutoff } }] },
    select: { id: true },
    orderBy: { id: "asc" },
    take: options.batch ?? 500,
  });
  let erased = 0;
  for (const { id } of candidates) {
    if (await db.$transaction((tx) => eraseRegistrationInTx(tx, id, { byUserId: null, reason: "retention", now }))) erased += 1;
  }
  return { erased };
}
