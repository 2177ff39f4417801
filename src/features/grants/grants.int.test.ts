import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveMedia } from "@/features/release-media/download";
import type { Actor } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { ConflictError, ForbiddenError, NotFoundError, PreconditionError, UnauthenticatedError, ValidationError } from "@/server/errors";
import { makeResolution, makeUser, unique } from "../../../tests/support/factories";
import { expectRefusedWithoutChange } from "../../../tests/support/snapshot";
import { removeGrantDocument, uploadGrantDocument } from "./files";
import { countOverdueGrantReports, getGrantApplication, getGrantCall, grantYearOverview, listGrantCalls } from "./queries";
import {
  checkGrantReport,
  createGrantApplication,
  createGrantCall,
  decideGrantApplication,
  evaluateGrantApplication,
  receiveGrantReport,
  recordGrantPayment,
  updateGrantCall,
} from "./service";

// Cultural grants on a real database: a grant from application to accepted report, refusals per role,
// bad input changing nothing, version conflicts, the budget under parallel decisions, overdue reports,
// the yearly overview and the documents' download permission.

const MINIMAL_PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const pdf = (name = "zadost.pdf") => new File([MINIMAL_PDF], name, { type: "application/pdf" });

let storageRoot: string;
let head: Actor;
let prStaff: Actor;
let spokesperson: Actor;
let assistant: Actor;
let admin: Actor;

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(tmpdir(), "herald-grants-"));
  process.env.STORAGE_DIR = storageRoot;
  head = (await makeUser({ roles: ["HEAD_OF_OFFICE"] })).actor;
  prStaff = (await makeUser({ roles: ["PR_STAFF"] })).actor;
  spokesperson = (await makeUser({ roles: ["SPOKESPERSON"] })).actor;
  assistant = (await makeUser({ roles: ["ASSISTANT"] })).actor;
  admin = (await makeUser({ roles: ["ADMIN"] })).actor;
});

afterAll(async () => {
  delete process.env.STORAGE_DIR;
  await rm(storageRoot, { recursive: true, force: true });
});

async function newCall(budget = "100000", year = 2091) {
  return createGrantCall(prStaff, { year: String(year), title: `Kultura ${unique("c")}`, budget, rules: "Max. 50 % nákladů.", deadline: `${year}-02-28` });
}

async function newApplication(callId: string, amount = "30000") {
  return createGrantApplication(prStaff, {
    callId,
    organisation: `Spolek přátel Horní Lhoty ${unique("o")}`,
    organisationIco: "12345678",
    project: "Letní slavnost",
    amountRequested: amount,
    submittedOn: "2091-02-10",
  });
}

async function evaluated(callId: string, amount = "30000") {
  const { id } = await newApplication(callId, amount);
  await evaluateGrantApplication(prStaff, { id, version: "1", score: "80", evaluation: "Dobrý projekt." });
  return id;
}

describe("a grant from application to accepted report", () => {
  it("walks every step with its audit entry and totals", async () => {
    const call = await newCall();
    const resolution = await makeResolution();
    const key = unique("k");
    const first = await createGrantApplication(prStaff, {
      callId: call.id,
      organisation: "TJ Sokol Lhota",
      project: "Turnaj mládeže",
      amountRequested: "40 000",
      submittedOn: "2091-02-10",
      idempotencyKey: key,
    });
    // A retry with the same key makes no second application.
    const retry = await createGrantApplication(prStaff, { callId: call.id, organisation: "TJ Sokol Lhota", project: "Turnaj mládeže", amountRequested: "40 000", submittedOn: "2091-02-10", idempotencyKey: key });
    expect(retry.id).toBe(first.id);
    expect(await db.grantApplication.count({ where: { callId: call.id } })).toBe(1);

    let step = await evaluateGrantApplication(prStaff, { id: first.id, version: "1", score: "85", evaluation: "Splňuje pravidla." });
    expect(step.status).toBe("EVALUATED");
    step = await decideGrantApplication(head, { id: first.id, version: String(step.version), outcome: "GRANTED", amountGranted: "35000", conditions: "Logo města na plakátech.", resolutionId: resolution.id });
    expect(step.status).toBe("GRANTED");
    step = await recordGrantPayment(prStaff, { id: first.id, version: String(step.version), amountPaid: "35000", paidOn: "2091-03-15", reportDue: "2091-12-31" });
    expect(step.status).toBe("REPORT_DUE");
    step = await receiveGrantReport(prStaff, { id: first.id, version: String(step.version), reportReceivedOn: "2091-11-30", amountUsed: "35000", reportNote: "Vyúčtování doloženo." });
    expect(step.status).toBe("REPORT_RECEIVED");
    step = await checkGrantReport(prStaff, { id: first.id, version: String(step.version), outcome: "ACCEPTED", checkNote: "V pořádku." });
    expect(step.status).toBe("ACCEPTED");

    const detail = await getGrantApplication(spokesperson, first.id);
    expect(detail).toMatchObject({ status: "ACCEPTED", amountRequested: 4_000_000, amountGranted: 3_500_000, amountPaid: 3_500_000, amountUsed: 3_500_000, resolutionId: resolution.id, steps: [] });
    const audit = await db.auditLog.findMany({ where: { entityId: first.id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } });
    expect(audit.map((row) => row.action)).toEqual(["grant.applicationCreate", "grant.evaluate", "grant.decide", "grant.pay", "grant.receiveReport", "grant.checkReport"]);
    const callPage = await getGrantCall(assistant, call.id);
    expect(callPage.totals).toMatchObject({ requested: 4_000_000, granted: 3_500_000, paid: 3_500_000, used: 3_500_000, remaining: 10_000_000 - 3_500_000 });
  });

  it("requires a return when the check of use finds a problem, and takes a corrected report", async () => {
    const call = await newCall();
    const id = await evaluated(call.id);
    let step = await decideGrantApplication(head, { id, version: "2", outcome: "GRANTED", amountGranted: "20000" });
    step = await recordGrantPayment(head, { id, version: String(step.version), amountPaid: "20000", paidOn: "2091-03-01", reportDue: "2091-10-31" });
    step = await receiveGrantReport(prStaff, { id, version: String(step.version), reportReceivedOn: "2091-10-20", amountUsed: "15000" });
    await expectRefusedWithoutChange(() => checkGrantReport(prStaff, { id, version: String(step.version), outcome: "RETURN_REQUIRED", amountToReturn: "25000" }), ValidationError);
    step = await checkGrantReport(prStaff, { id, version: String(step.version), outcome: "RETURN_REQUIRED", amountToReturn: "5000", checkNote: "Nevyčerpáno." });
    expect(step.status).toBe("RETURN_REQUIRED");
    step = await receiveGrantReport(prStaff, { id, version: String(step.version), reportReceivedOn: "2091-11-20", amountUsed: "15000", reportNote: "Vratka odeslána." });
    expect(step.status).toBe("REPORT_RECEIVED");
  });
});

describe("refusals", () => {
  it("refuses each write to the roles without its permission, changing nothing", async () => {
    const call = await newCall();
    const id = await evaluated(call.id);
    await expectRefusedWithoutChange(() => createGrantCall(spokesperson, { year: "2091", title: "X", budget: "1000" }), ForbiddenError);
    await expectRefusedWithoutChange(() => createGrantCall(assistant, { year: "2091", title: "X", budget: "1000" }), ForbiddenError);
    await expectRefusedWithoutChange(() => createGrantApplication(admin, { callId: call.id, organisation: "A", project: "B", amountRequested: "1", submittedOn: "2091-01-01" }), ForbiddenError);
    await expectRefusedWithoutChange(() => evaluateGrantApplication(assistant, { id, version: "2", score: "1", evaluation: "x" }), ForbiddenError);
    // PR evaluates and records, but only the head decides.
    await expectRefusedWithoutChange(() => decideGrantApplication(prStaff, { id, version: "2", outcome: "GRANTED", amountGranted: "100" }), ForbiddenError);
    await expectRefusedWithoutChange(() => decideGrantApplication(spokesperson, { id, version: "2", outcome: "REJECTED" }), ForbiddenError);
    await expectRefusedWithoutChange(() => uploadGrantDocument(assistant, { grantApplicationId: id, file: pdf() }), ForbiddenError);
    await expectRefusedWithoutChange(() => listGrantCalls(null), UnauthenticatedError);
    await expect(listGrantCalls(admin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(grantYearOverview(admin, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses bad input, steps out of order and stale versions, changing nothing", async () => {
    const call = await newCall();
    const { id } = await newApplication(call.id);
    await expectRefusedWithoutChange(() => createGrantCall(prStaff, { year: "2091", title: "", budget: "-5" }), ValidationError);
    await expectRefusedWithoutChange(() => createGrantCall(prStaff, { year: "2091", title: "A", budget: "100", extra: "x" }), ValidationError);
    await expectRefusedWithoutChange(() => createGrantApplication(prStaff, { callId: call.id, organisation: "A", project: "B", amountRequested: "abc", submittedOn: "2091-02-30" }), ValidationError);
    await expectRefusedWithoutChange(() => createGrantApplication(prStaff, { callId: call.id, organisation: "A", project: "B", amountRequested: "10", submittedOn: "2091-02-01", organisationIco: "12" }), ValidationError);
    await expectRefusedWithoutChange(() => createGrantApplication(prStaff, { callId: crypto.randomUUID(), organisation: "A", project: "B", amountRequested: "10", submittedOn: "2091-02-01" }), NotFoundError);
    await expectRefusedWithoutChange(() => decideGrantApplication(head, { id, version: "1", outcome: "GRANTED", amountGranted: "100" }), PreconditionError);
    await expectRefusedWithoutChange(() => recordGrantPayment(prStaff, { id, version: "1", amountPaid: "100", paidOn: "2091-03-01", reportDue: "2091-12-31" }), PreconditionError);
    await expectRefusedWithoutChange(() => evaluateGrantApplication(prStaff, { id, version: "7", score: "50", evaluation: "x" }), ConflictError);
    await expectRefusedWithoutChange(() => evaluateGrantApplication(prStaff, { id, version: "1", score: "101", evaluation: "x" }), ValidationError);
    await evaluateGrantApplication(prStaff, { id, version: "1", score: "50", evaluation: "ok" });
    await expectRefusedWithoutChange(() => decideGrantApplication(head, { id, version: "2", outcome: "GRANTED" }), ValidationError);
    await expectRefusedWithoutChange(() => decideGrantApplication(head, { id, version: "2", outcome: "GRANTED", amountGranted: "100", resolutionId: crypto.randomUUID() }), ValidationError);
    await decideGrantApplication(head, { id, version: "2", outcome: "GRANTED", amountGranted: "100" });
    await expectRefusedWithoutChange(() => recordGrantPayment(prStaff, { id, version: "3", amountPaid: "101", paidOn: "2091-03-01", reportDue: "2091-12-31" }), ValidationError);
    await expectRefusedWithoutChange(() => recordGrantPayment(prStaff, { id, version: "3", amountPaid: "100", paidOn: "2091-03-01", reportDue: "2091-02-01" }), ValidationError);
    const current = await db.grantCall.findUniqueOrThrow({ where: { id: call.id } });
    await expectRefusedWithoutChange(() => updateGrantCall(prStaff, { id: call.id, version: String(current.version), year: "2091", title: current.title, budget: "99" }), ValidationError);
    await expectRefusedWithoutChange(() => updateGrantCall(prStaff, { id: call.id, version: "99", year: "2091", title: current.title, budget: "500" }), ConflictError);
  });
});

describe("the budget", () => {
  it("is never exceeded by parallel decisions: the call's row is locked", async () => {
    const call = await newCall("100000");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await evaluated(call.id, "30000"));
    const results = await Promise.allSettled(ids.map((id) => decideGrantApplication(head, { id, version: "2", outcome: "GRANTED", amountGranted: "30000" })));
    const granted = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(granted).toHaveLength(3);
    expect(refused).toHaveLength(2);
    for (const result of refused) expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ValidationError);
    const sum = await db.grantApplication.aggregate({ where: { callId: call.id, status: "GRANTED" }, _sum: { amountGranted: true } });
    expect(sum._sum.amountGranted).toBe(9_000_000);
  });
});

describe("overdue reports and the yearly overview", () => {
  it("marks a report overdue after its last day and sums the year per call and organisation", async () => {
    const call = await newCall("50000", 2092);
    const id = await evaluated(call.id, "10000");
    let step = await decideGrantApplication(head, { id, version: "2", outcome: "GRANTED", amountGranted: "8000" });
    step = await recordGrantPayment(prStaff, { id, version: String(step.version), amountPaid: "8000", paidOn: "2092-03-01", reportDue: "2092-06-30" });
    const rejected = await evaluated(call.id, "5000");
    await decideGrantApplication(head, { id: rejected, version: "2", outcome: "REJECTED" });
    const before = await countOverdueGrantReports(prStaff, new Date("2092-06-30T12:00:00Z"));
    const after = await countOverdueGrantReports(prStaff, new Date("2092-07-01T12:00:00Z"));
    expect(after - before).toBe(1);
    expect((await getGrantApplication(prStaff, id, new Date("2092-07-01T12:00:00Z"))).overdue).toBe(true);
    const overview = await grantYearOverview(assistant, { year: "2092" }, new Date("2092-07-01T12:00:00Z"));
    const row = overview.calls.find((entry) => entry.id === call.id);
    expect(row).toMatchObject({ requested: 1_500_000, granted: 800_000, paid: 800_000, used: 0, count: 2, overdue: 1 });
    expect(overview.overdue.map((entry) => entry.id)).toContain(id);
    expect(overview.organisations.length).toBeGreaterThanOrEqual(2);
  });
});

describe("documents", () => {
  it("stores an application's PDF for staff who see grants, and removes it", async () => {
    const call = await newCall();
    const { id } = await newApplication(call.id);
    const uploaded = await uploadGrantDocument(prStaff, { grantApplicationId: id, file: pdf() });
    const request = new Request(`http://localhost/media/${uploaded.fileId}`);
    expect((await serveMedia(request, uploaded.fileId, async () => assistant)).status).toBe(200);
    expect((await serveMedia(request, uploaded.fileId, async () => admin)).status).not.toBe(200);
    expect((await getGrantApplication(prStaff, id)).files).toHaveLength(1);
    await removeGrantDocument(prStaff, { id: uploaded.fileId });
    expect(await db.mediaFile.count({ where: { grantApplicationId: id } })).toBe(0);
  });
});
