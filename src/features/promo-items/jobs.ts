import "server-only";
import { z } from "zod";
import { db } from "@/server/db";
import type { JobHandler } from "@/server/jobs/queue";
import { logger } from "@/server/logger";
import { sendMail } from "@/server/mail/send-mail";
import { LOW_STOCK_JOB } from "./service";

// The low-stock e-mail: one job per crossing of the minimum (enqueued with the movement, dedupe key
// item + movement), one message addressed to every active assistant. Delivery is at least once: a worker
// that dies between sending and marking the job done sends it again after the lease (rare; harmless).

const payloadSchema = z.strictObject({ itemId: z.uuid(), movementId: z.uuid() });

export function renderLowStockEmail(item: { name: string; sku: string; unit: string; location: string; onHand: number; minimumStock: number }, url: string) {
  return {
    subject: `Dochází zásoba: ${item.name} (${item.onHand} ${item.unit})`,
    text: [
      "Dobrý den,",
      "",
      `zásoba položky „${item.name}“ (${item.sku}) klesla pod minimum.`,
      `Skladem: ${item.onHand} ${item.unit}, minimum: ${item.minimumStock} ${item.unit}, umístění: ${item.location}.`,
      "",
      `Položka v Heraldu: ${url}`,
    ].join("\n"),
  };
}

export const sendLowStockAlert: JobHandler = async (payload) => {
  const { itemId } = payloadSchema.parse(payload);
  const item = await db.promoItem.findUnique({ where: { id: itemId }, select: { id: true, name: true, sku: true, unit: true, location: true, onHand: true, minimumStock: true } });
  if (!item) return;
  const assistants = await db.user.findMany({ where: { isActive: true, roles: { has: "ASSISTANT" } }, orderBy: { email: "asc" }, select: { email: true } });
  if (assistants.length === 0) {
    logger.info("low-stock alert: no active assistant", { itemId });
    return;
  }
  const base = (process.env.NEXTAUTH_URL || "http://localhost:3000").replace(/\/$/, "");
  const message = renderLowStockEmail(item, `${base}/promo-items/${item.id}`);
  await sendMail({ to: assistants.map((user) => user.email).join(", "), ...message });
};

export const promoItemJobs: Record<string, JobHandler> = { [LOW_STOCK_JOB]: sendLowStockAlert };
