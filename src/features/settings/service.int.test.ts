import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeUser } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { getOfficeSettings } from "./queries";
import { OFFICE_SETTING_DEFAULTS } from "./schema";
import { updateOfficeSettings } from "./service";

const settingsRows = () => db.setting.findMany({ orderBy: { key: "asc" } });

describe("office settings", () => {
  it("default to letting the spokesperson publish their own release", async () => {
    expect(await getOfficeSettings()).toEqual(OFFICE_SETTING_DEFAULTS);
    expect(OFFICE_SETTING_DEFAULTS).toMatchObject({ spokespersonMayPublishOwn: true, spokespersonAway: false, foiLaw: "CZ", contactRetentionYears: 3 });
  });

  it("are changed by the head of office and administrators, audited; an unticked checkbox means false", async () => {
    const { actor: head } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    const off = { ...OFFICE_SETTING_DEFAULTS, spokespersonMayPublishOwn: false };
    const on = { ...OFFICE_SETTING_DEFAULTS, spokespersonMayPublishOwn: true };
    expect(await updateOfficeSettings(head, {})).toEqual(off);
    expect(await getOfficeSettings()).toEqual(off);
    const { actor: admin } = await makeUser({ roles: ["ADMIN"] });
    await updateOfficeSettings(admin, { spokespersonMayPublishOwn: true });
    expect(await getOfficeSettings()).toEqual(on);
    const entries = await db.auditLog.findMany({ where: { action: "settings.update" }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.actorId, entry.before, entry.after])).toEqual([
      [head.id, on, off],
      [admin.id, off, on],
    ]);
    expect((await settingsRows()).find((row) => row.key === "spokespersonMayPublishOwn")).toMatchObject({ key: "spokespersonMayPublishOwn", value: true, updatedById: admin.id });
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
    expect(await getOfficeSettings()).toEqual(OFFICE_SETTING_DEFAULTS);
  });

  it("name the spokesperson's stand-in and absence; an unknown stand-in or reversed dates are refused", async () => {
    const { actor: head } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    const { user: standIn } = await makeUser({ roles: ["PR_STAFF"] });
    const saved = await updateOfficeSettings(head, { spokespersonAway: "on", awayFrom: "2026-07-01", awayUntil: "2026-07-14", inquiryStandInId: standIn.id, foiLaw: "CZ" });
    expect(saved).toMatchObject({ spokespersonAway: true, awayFrom: "2026-07-01", awayUntil: "2026-07-14", inquiryStandInId: standIn.id, foiLaw: "CZ" });
    await expectRefusedWithoutChange(() => updateOfficeSettings(head, { inquiryStandInId: crypto.randomUUID() }), ValidationError);
    await expectRefusedWithoutChange(() => updateOfficeSettings(head, { awayFrom: "2026-07-14", awayUntil: "2026-07-01" }), ValidationError);
    await expectRefusedWithoutChange(() => updateOfficeSettings(head, { foiLaw: "XX" }), ValidationError);
    expect(await getOfficeSettings()).toEqual(saved);
  });

  it("keep media contacts for a number of years (1–20); leaving the field out keeps the stored value", async () => {
    const { actor: head } = await makeUser({ roles: ["HEAD_OF_OFFICE"] });
    expect(await updateOfficeSettings(head, { contactRetentionYears: "5" })).toMatchObject({ contactRetentionYears: 5 });
    expect(await updateOfficeSettings(head, {})).toMatchObject({ contactRetentionYears: 5 });
    await expectRefusedWithoutChange(() => updateOfficeSettings(head, { contactRetentionYears: "0" }), ValidationError);
    await expectRefusedWithoutChange(() => updateOfficeSettings(head, { contactRetentionYears: "abc" }), ValidationError);
  });
});
