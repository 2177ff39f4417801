import "server-only";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { dayToDate } from "@/server/calendar-day";
import { db } from "@/server/db";
import { NotFoundError, PreconditionError, ValidationError } from "@/server/errors";
import { once } from "@/server/idempotency";
import { parseInput } from "@/server/validation";
import { assertUpdated, openIssue } from "./common";
import { adOrderStatusSchema, adSizeSchema, createAdOrderSchema, createAdvertiserSchema, SHARE_OF, updateAdvertiserSchema } from "./schema";

// Advertisers, the rate card and ad orders per issue. Invoices are built on AdOrder elsewhere.

export async function createAdvertiser(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.advertising");
  const { idempotencyKey, ico, vatId, ...input } = parseInput(createAdvertiserSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: idempotencyKey, userId: actor.id, action: "newspaper.advertiser.create" }, async () => {
      if (ico && (await tx.advertiser.findFirst({ where: { ico }, select: { id: true } }))) throw new ValidationError({ ico: [{ key: "newspaperIcoTaken" }] });
      const advertiser = await tx.advertiser.create({ data: { ...input, ico: ico ?? null, vatId: vatId ?? null, createdById: actor.id } });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.advertiser.create", entityType: "Advertiser", entityId: advertiser.id, after: advertiser });
      return { id: advertiser.id };
    }),
  );
}

export async function updateAdvertiser(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.advertising");
  const { id, version, ico, vatId, ...input } = parseInput(updateAdvertiserSchema, rawInput);
  return db.$transaction(async (tx) => {
    const before = await tx.advertiser.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    if (ico && (await tx.advertiser.findFirst({ where: { ico, NOT: { id } }, select: { id: true } }))) throw new ValidationError({ ico: [{ key: "newspaperIcoTaken" }] });
    const data = { ...input, ico: ico ?? null, vatId: vatId ?? null };
    assertUpdated(await tx.advertiser.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.advertiser.update", entityType: "Advertiser", entityId: id, before, after: data });
    return { id };
  });
}

/** A rate card item: a new price from a day (the older row stays for the orders that used it). */
export async function addAdSize(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.manageIssues");
  const input = parseInput(adSizeSchema, rawInput);
  return db.$transaction(async (tx) => {
    if (!(await tx.publication.findUnique({ where: { id: input.publicationId }, select: { id: true } }))) throw new ValidationError({ publicationId: [{ key: "invalidChoice" }] });
    const validFrom = dayToDate(input.validFrom);
    if (await tx.adSize.findUnique({ where: { publicationId_code_validFrom: { publicationId: input.publicationId, code: input.code, validFrom } }, select: { id: true } })) {
      throw new ValidationError({ validFrom: [{ key: "newspaperRateExists" }] });
    }
    const size = await tx.adSize.create({ data: { ...input, validFrom, label: input.label || input.code, pageShareBp: SHARE_OF[input.code] } });
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.rate.create", entityType: "AdSize", entityId: size.id, after: size });
    return { id: size.id };
  });
}

/** An order for an issue: price and VAT copied from the rate card (minus a discount); refused after the issue's ad deadline has closed the issue. */
export async function createAdOrder(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.advertising");
  const input = parseInput(createAdOrderSchema, rawInput);
  return db.$transaction((tx) =>
    once(tx, { key: input.idempotencyKey, userId: actor.id, action: "newspaper.ad.create" }, async () => {
      const issue = await openIssue(tx, input.issueId);
      const advertiser = await tx.advertiser.findUnique({ where: { id: input.advertiserId }, select: { id: true, isActive: true } });
      if (!advertiser?.isActive) throw new ValidationError({ advertiserId: [{ key: "invalidChoice" }] });
      const size = await tx.adSize.findUnique({ where: { id: input.adSizeId } });
      if (!size || size.publicationId !== issue.publicationId || !size.isActive) throw new ValidationError({ adSizeId: [{ key: "invalidChoice" }] });
      const priceMinor = Math.round((size.priceMinor * (100 - input.discountPercent)) / 100);
      const order = await tx.adOrder.create({
        data: {
          advertiserId: advertiser.id,
          issueId: issue.id,
          adSizeId: size.id,
          sizeCode: size.code,
          pageShareBp: size.pageShareBp,
          priceMinor,
          vatPercent: size.vatPercent,
          placement: input.placement,
          note: input.note,
          createdById: actor.id,
        },
      });
      await writeAudit(tx, { actorId: actor.id, action: "newspaper.ad.create", entityType: "AdOrder", entityId: order.id, after: { ...order, discountPercent: input.discountPercent } });
      return { id: order.id };
    }),
  );
}

/** Cancelling (before the printer) takes the ad off its page; PLACED is set by the page plan. */
export async function changeAdOrderStatus(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "newsletter.advertising");
  const input = parseInput(adOrderStatusSchema, rawInput);
  return db.$transaction(async (tx) => {
    const order = await tx.adOrder.findUnique({ where: { id: input.id }, select: { id: true, issueId: true, status: true, artworkKey: true } });
    if (!order) throw new NotFoundError();
    await openIssue(tx, order.issueId);
    const allowed =
      (input.status === "CANCELLED" && order.status !== "CANCELLED") ||
      (input.status === "ORDERED" && order.status === "CANCELLED") ||
      (input.status === "ARTWORK_RECEIVED" && order.status === "ORDERED" && Boolean(order.artworkKey));
    if (!allowed) throw new PreconditionError("newspaperTransitionRefused");
    const data = input.status === "CANCELLED" ? { status: input.status, page: null, cancelledAt: new Date() } : { status: input.status, cancelledAt: null };
    assertUpdated(await tx.adOrder.updateMany({ where: { id: order.id, version: input.version }, data: { ...data, version: { increment: 1 } } }));
    await writeAudit(tx, { actorId: actor.id, action: "newspaper.ad.status", entityType: "AdOrder", entityId: order.id, before: { status: order.status }, after: { status: input.status } });
    return { id: order.id };
  });
}
