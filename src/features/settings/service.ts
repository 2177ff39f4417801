import "server-only";
import { writeAudit } from "@/server/audit";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { getOfficeSettings } from "./queries";
import { officeSettingsSchema } from "./schema";

export async function updateOfficeSettings(actor: Actor | null, rawInput: unknown) {
  requirePermission(actor, "settings.manage");
  const input = parseInput(officeSettingsSchema, rawInput);
  if (input.awayFrom && input.awayUntil && input.awayUntil < input.awayFrom) throw new ValidationError({ awayUntil: [{ key: "endBeforeStart" }] });
  return db.$transaction(async (tx) => {
    if (input.inquiryStandInId && !(await tx.user.findFirst({ where: { id: input.inquiryStandInId, isActive: true }, select: { id: true } }))) {
      throw new ValidationError({ inquiryStandInId: [{ key: "invalidChoice" }] });
    }
    const before = await getOfficeSettings(tx);
    for (const [key, value] of Object.entries(input)) {
      await tx.setting.upsert({
        where: { key },
        create: { key, value, updatedById: actor.id },
        update: { value, updatedById: actor.id },
      });
    }
    const after = await getOfficeSettings(tx);
    await writeAudit(tx, { actorId: actor.id, action: "settings.update", entityType: "Setting", entityId: "office", before, after });
    return after;
  });
}
