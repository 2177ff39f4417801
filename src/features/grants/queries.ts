import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { cityIsoDate } from "@/features/inquiries/time";
import { type Actor, can, requirePermission } from "@/server/authz/permissions";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { allowedSteps, COUNTS_AGAINST_BUDGET, type GrantStatus, isReportOverdue } from "./policy";
import { overviewSchema } from "./schema";

const today = (now: Date) => cityIsoDate(now, config().CITY_TIME_ZONE);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const counts = (status: GrantStatus) => COUNTS_AGAINST_BUDGET.includes(status);

/** Overdue reports: due, the last day has passed in the city, no report received. */
const overdueWhere = (now: Date): Prisma.GrantApplicationWhereInput => ({ status: "REPORT_DUE", reportDue: { lt: new Date(`${today(now)}T00:00:00Z`) } });

/** For the dashboard and the events page: how many grant reports are overdue, office-wide. */
export async function countOverdueGrantReports(actor: Actor | null, now = new Date()): Promise<number> {
  requirePermission(actor, "grant.view");
  return db.grantApplication.count({ where: overdueWhere(now) });
}

type Totals = { requested: number; granted: number; paid: number; used: number; count: number; overdue: number };
const emptyTotals = (): Totals => ({ requested: 0, granted: 0, paid: 0, used: 0, count: 0, overdue: 0 });

function addTo(totals: Totals, row: { status: GrantStatus; amountRequested: number; amountGranted: number | null; amountPaid: number | null; amountUsed: number | null; reportDue: Date | null }, todayIso: string) {
  totals.count += 1;
  totals.requested += row.amountRequested;
  if (counts(row.status)) totals.granted += row.amountGranted ?? 0;
  totals.paid += row.amountPaid ?? 0;
  totals.used += row.amountUsed ?? 0;
  if (isReportOverdue(row.status, iso(row.reportDue), todayIso)) totals.overdue += 1;
}

const amountSelect = { status: true, amountRequested: true, amountGranted: true, amountPaid: true, amountUsed: true, reportDue: true } as const;

/** The list of calls, newest year first, each with its totals. */
export async function listGrantCalls(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "grant.view");
  const todayIso = today(now);
  const calls = await db.grantCall.findMany({
    orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, year: true, title: true, budget: true, deadline: true, applications: { select: amountSelect } },
  });
  const rows = calls.map(({ applications, deadline, ...call }) => {
    const totals = emptyTotals();
    for (const application of applications) addTo(totals, application, todayIso);
    return { ...call, deadline: iso(deadline), ...totals, remaining: call.budget - totals.granted };
  });
  return { rows, overdueTotal: rows.reduce((sum, row) => sum + row.overdue, 0), canManage: can(actor, "grant.manage") };
}

/** A call with its applications. */
export async function getGrantCall(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "grant.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const call = await db.grantCall.findUnique({
    where: { id },
    select: {
      id: true,
      year: true,
      title: true,
      budget: true,
      rules: true,
      deadline: true,
      version: true,
      applications: {
        orderBy: [{ submittedOn: "asc" }, { id: "asc" }],
        select: { id: true, organisation: true, project: true, score: true, ...amountSelect },
      },
    },
  });
  if (!call) throw new NotFoundError();
  const todayIso = today(now);
  const totals = emptyTotals();
  for (const application of call.applications) addTo(totals, application, todayIso);
  return {
    ...call,
    deadline: iso(call.deadline),
    applications: call.applications.map(({ reportDue, ...row }) => ({ ...row, reportDue: iso(reportDue), overdue: isReportOverdue(row.status, iso(reportDue), todayIso) })),
    totals: { ...totals, remaining: call.budget - totals.granted },
    canManage: can(actor, "grant.manage"),
  };
}

/** An application with its evaluation, decision, payment, report and check, and the steps the actor may take. */
export async function getGrantApplication(actor: Actor | null, id: string, now = new Date()) {
  requirePermission(actor, "grant.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const row = await db.grantApplication.findUnique({
    where: { id },
    include: {
      call: { select: { id: true, year: true, title: true, budget: true } },
      resolution: { select: { id: true, body: true, number: true, title: true } },
      files: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, fileName: true, byteSize: true, createdAt: true } },
    },
  });
  if (!row) throw new NotFoundError();
  const granted = await db.grantApplication.aggregate({ where: { callId: row.callId, status: { in: [...COUNTS_AGAINST_BUDGET] } }, _sum: { amountGranted: true } });
  const people = await db.user.findMany({
    where: { id: { in: [row.evaluatedById, row.decidedById, row.checkedById].filter((value): value is string => Boolean(value)) } },
    select: { id: true, name: true },
  });
  const name = (userId: string | null) => people.find((person) => person.id === userId)?.name ?? null;
  const todayIso = today(now);
  return {
    ...row,
    submittedOn: iso(row.submittedOn),
    paidOn: iso(row.paidOn),
    reportDue: iso(row.reportDue),
    reportReceivedOn: iso(row.reportReceivedOn),
    evaluatedBy: name(row.evaluatedById),
    decidedBy: name(row.decidedById),
    checkedBy: name(row.checkedById),
    overdue: isReportOverdue(row.status, iso(row.reportDue), todayIso),
    callRemaining: row.call.budget - (granted._sum.amountGranted ?? 0),
    steps: allowedSteps(row.status, (permission) => can(actor, permission)),
    canManage: can(actor, "grant.manage"),
  };
}

/** Resolutions a decision may link, newest first. */
export async function grantResolutionOptions(actor: Actor | null) {
  requirePermission(actor, "grant.view");
  return db.councilResolution.findMany({ orderBy: [{ adoptedOn: "desc" }, { number: "asc" }], take: 200, select: { id: true, body: true, number: true, title: true } });
}

/** The yearly overview: requested, granted, paid and used per call and per organisation; overdue reports. */
export async function grantYearOverview(actor: Actor | null, rawFilter: unknown = {}, now = new Date()) {
  requirePermission(actor, "grant.view");
  const todayIso = today(now);
  const filter = parseInput(overviewSchema, rawFilter ?? {});
  const year = filter.year ?? Number(todayIso.slice(0, 4));
  const [calls, years] = await Promise.all([
    db.grantCall.findMany({
      where: { year },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: { id: true, title: true, budget: true, applications: { select: { id: true, organisation: true, project: true, ...amountSelect } } },
    }),
    db.grantCall.findMany({ distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  const total = emptyTotals();
  const byOrganisation = new Map<string, Totals>();
  const overdue: Array<{ id: string; organisation: string; project: string; callTitle: string; reportDue: string | null; amountPaid: number | null }> = [];
  const perCall = calls.map((call) => {
    const totals = emptyTotals();
    for (const application of call.applications) {
      addTo(totals, application, todayIso);
      addTo(total, application, todayIso);
      const key = application.organisation;
      if (!byOrganisation.has(key)) byOrganisation.set(key, emptyTotals());
      addTo(byOrganisation.get(key) as Totals, application, todayIso);
      if (isReportOverdue(application.status, iso(application.reportDue), todayIso)) {
        overdue.push({ id: application.id, organisation: application.organisation, project: application.project, callTitle: call.title, reportDue: iso(application.reportDue), amountPaid: application.amountPaid });
      }
    }
    return { id: call.id, title: call.title, budget: call.budget, ...totals };
  });
  return {
    year,
    years: [...new Set([year, ...years.map((row) => row.year)])].sort((a, b) => b - a),
    calls: perCall,
    organisations: [...byOrganisation.entries()].map(([organisation, totals]) => ({ organisation, ...totals })).sort((a, b) => b.granted - a.granted || a.organisation.localeCompare(b.organisation, "cs")),
    total: { ...total, budget: perCall.reduce((sum, call) => sum + call.budget, 0) },
    overdue: overdue.sort((a, b) => (a.reportDue ?? "").localeCompare(b.reportDue ?? "")),
  };
}
