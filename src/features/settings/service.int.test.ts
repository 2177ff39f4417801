import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { getOfficeSettings } from "./queries";
import { updateOfficeSettings } from "./service";

const settingsRows = () => db.setting.findMany({ orderBy: { key: "asc" } });

describe("office settings", () => {
  it("default to letting the spokesperson publish their own release", async () => {
    expect(await getOfficeSettings()).toEqual({ spokespersonMayPublishOwn: true, contactRetentionYears: 3 });
  });

  it("are changed by the head of office and administrators, audited; an unticked checkbox means false", async () => {
    const { actor: head } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    expect(await updateOfficeSettings(head, {})).toEqual({ spokespersonMayPublishOwn: false, contactRetentionYears: 3 });
    expect(await getOfficeSettings()).toEqual({ spokespersonMayPublishOwn: false, contactRetentionYears: 3 });
    const { actor: admin } = await makeUser({ roles: ["ADMIN"] });
    await updateOfficeSettings(admin, { spokespersonMayPublishOwn: true });
    expect(await getOfficeSettings()).toEqual({ spokespersonMayPublishOwn: true, contactRetentionYears: 3 });
    const entries = await db.auditLog.findMany({ where: { action: "settings.update" }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.actorId, entry.before, entry.after])).toEqual([
      [head.id, { spokespersonMayPublishOwn: true, contactRetentionYears: 3 }, { spokespersonMayPublishOwn: false, contactRetentionYears: 3 }],
      [admin.id, { spokespersonMayPublishOwn: false, contactRetentionYears: 3 }, { spokespersonMayPublishOwn: true, contactRetentionYears: 3 }],
    ]);
    expect((await settingsRows())[0]).toMatchObject({ key: "spokespersonMayPublishOwn", value: true, updatedById: admin.id });
  });

  it("are refused for anonymous callers, other roles and bad input, with nothing changed", async () => {
    const before = await settingsRows();
    await expectRefusedWithoutChange(() => updateOfficeSettings(null, { spokespersonMayPublishOwn: "on" }), UnauthenticatedError);
    for (const role of ["SPOKESPERSON", "PR_STAFF", "ASSISTANT"] as const) {
      const { actor } = await makeUser({ roles: [role] });
      await expectRefusedWithoutChange(() => updateOfficeSettings(actor, { spokespersonMayPublishOwn: "on" }), ForbiddenError);
    }
    const { actor: head } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    await expectRefusedWithoutChange(() => updateOfficeSettings(head, { spokespersonMayPublishOwn: "maybe" }), ValidationError);
    await expectRefusedWithoutChange(() => updateOfficeSettings(head, { other: 1 }), ValidationError);
    expect(await settingsRows()).toEqual(before);
  });

  it("a stored value of the wrong shape falls back to the default", async () => {
    await db.setting.upsert({ where: { key: "spokespersonMayPublishOwn" }, create: { key: "spokespersonMayPublishOwn", value: "yes" }, update: { value: "yes" } });
    expect(await getOfficeSettings()).toEqual({ spokespersonMayPublishOwn: true, contactRetentionYears: 3 });
  });
});
