import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { type BriefingSettings, briefingSettingsSchema, DEFAULT_BRIEFING_SETTINGS } from "./schema";

/** The morning briefing's settings live in one `Setting` row (no column of the shared settings model). */
export const BRIEFING_SETTINGS_KEY = "monitoringBriefing";

/** The stored settings, or the defaults (07:30, on, no recipients) when none or of a wrong shape. */
export async function readBriefingSettings(client: Pick<Prisma.TransactionClient, "setting"> = db): Promise<BriefingSettings> {
  const row = await client.setting.findUnique({ where: { key: BRIEFING_SETTINGS_KEY }, select: { value: true } });
  const parsed = row ? briefingSettingsSchema.safeParse(row.value) : null;
  return parsed?.success ? parsed.data : DEFAULT_BRIEFING_SETTINGS;
}
