import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { OFFICE_SETTING_DEFAULTS, type OfficeSettings, officeSettingsSchema } from "./schema";

type SettingReader = Pick<Prisma.TransactionClient, "setting">;

/**
 * The office settings with their defaults. Not secret: every service that applies a rule reads them,
 * inside its own transaction when it passes `client`. A stored value of the wrong shape falls back to
 * the default rather than breaking the workflow.
 */
export async function getOfficeSettings(client: SettingReader = db): Promise<OfficeSettings> {
  const keys = Object.keys(OFFICE_SETTING_DEFAULTS);
  const rows = await client.setting.findMany({ where: { key: { in: keys } }, select: { key: true, value: true } });
  const settings: Record<string, unknown> = { ...OFFICE_SETTING_DEFAULTS };
  const shape = officeSettingsSchema.shape as Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>;
  for (const row of rows) {
    const parsed = shape[row.key]?.safeParse(row.value);
    if (parsed?.success) settings[row.key] = parsed.data;
  }
  return settings as OfficeSettings;
}
