// Demo cultural grants of the fictional city (seed 002: the culture dramaturg keeps the grant agenda and
// checks their use): last year's call, closed with accepted reports, one return required and one report
// overdue; this year's call with applications at every step. Organisations are invented. Money in haléře.
// Deterministic (dates relative to `now`) and idempotent: a call that exists is left alone.
import type { Db } from "../../src/server/db-client";

const DAY = 24 * 60 * 60 * 1000;
const CZK = 100;

type Status = "SUBMITTED" | "EVALUATED" | "GRANTED" | "REJECTED" | "REPORT_DUE" | "REPORT_RECEIVED" | "ACCEPTED" | "RETURN_REQUIRED";

interface DemoApplication {
  organisation: string;
  ico?: string;
  project: string;
  requested: number;
  status: Status;
  score?: number;
  granted?: number;
  used?: number;
  toReturn?: number;
  /** Report due this many days from now (negative: in the past). */
  reportDueIn?: number;
  resolution?: string;
}

interface DemoCall {
  yearOffset: number;
  title: string;
  budget: number;
  rules: string;
  applications: DemoApplication[];
}

const DEMO_CALLS: DemoCall[] = [
  {
    yearOffset: -1,
    title: "Granty na kulturní činnost",
    budget: 600_000 * CZK,
    rules: "Příspěvek nejvýše 70 % nákladů projektu, nejvýše 80 000 Kč. Vyúčtování do 31. ledna následujícího roku. Logo města na propagačních materiálech.",
    applications: [
      { organisation: "Spolek přátel Horní Lhoty", ico: "26481723", project: "Lhotecké kulturní léto", requested: 90_000, status: "ACCEPTED", score: 88, granted: 80_000, used: 80_000, reportDueIn: -300, resolution: "RM 388/2026" },
      { organisation: "TJ Sokol Lhota", ico: "47813561", project: "Sokolská akademie", requested: 40_000, status: "ACCEPTED", score: 75, granted: 35_000, used: 35_000, reportDueIn: -300, resolution: "RM 388/2026" },
      { organisation: "Divadelní soubor Na Návsi", project: "Premiéra hry Lhotecká pověst", requested: 60_000, status: "RETURN_REQUIRED", score: 70, granted: 50_000, used: 41_500, toReturn: 8_500, reportDueIn: -300, resolution: "RM 388/2026" },
      { organisation: "Pěvecký sbor Lhotecký zvon", ico: "69852147", project: "Adventní koncerty", requested: 25_000, status: "REPORT_RECEIVED", score: 82, granted: 25_000, used: 24_200, reportDueIn: -40, resolution: "RM 388/2026" },
      { organisation: "Klub přátel filmu Horní Lhota", project: "Letní kino na hradbách", requested: 45_000, status: "REPORT_DUE", score: 64, granted: 30_000, reportDueIn: -12, resolution: "RM 388/2026" },
      { organisation: "Folklorní soubor Lipka", project: "Krojovaný průvod", requested: 70_000, status: "REJECTED", score: 38 },
    ],
  },
  {
    yearOffset: 0,
    title: "Granty na kulturní činnost",
    budget: 650_000 * CZK,
    rules: "Příspěvek nejvýše 70 % nákladů projektu, nejvýše 80 000 Kč. Vyúčtování do 31. ledna následujícího roku. Logo města na propagačních materiálech.",
    applications: [
      { organisation: "Spolek přátel Horní Lhoty", ico: "26481723", project: "Lhotecké kulturní léto", requested: 95_000, status: "REPORT_DUE", score: 90, granted: 80_000, reportDueIn: 75, resolution: "RM 402/2026" },
      { organisation: "TJ Sokol Lhota", ico: "47813561", project: "Slet mládeže", requested: 50_000, status: "GRANTED", score: 77, granted: 40_000, resolution: "RM 402/2026" },
      { organisation: "Divadelní soubor Na Návsi", project: "Divadelní pouť", requested: 55_000, status: "REPORT_DUE", score: 72, granted: 45_000, reportDueIn: 120, resolution: "RM 402/2026" },
      { organisation: "Městská dechová hudba Lhoťanka", project: "Promenádní koncerty", requested: 30_000, status: "EVALUATED", score: 81 },
      { organisation: "Výtvarný kroužek Paleta", project: "Plenér na náměstí", requested: 18_000, status: "EVALUATED", score: 59 },
      { organisation: "Pěvecký sbor Lhotecký zvon", ico: "69852147", project: "Jarní koncert s varhanami", requested: 28_000, status: "SUBMITTED" },
      { organisation: "Spolek Lhotecký jarmark", project: "Řemeslný jarmark", requested: 42_000, status: "SUBMITTED" },
      { organisation: "Klub přátel filmu Horní Lhota", project: "Filmový festival Dvorek", requested: 65_000, status: "SUBMITTED" },
      { organisation: "Literární kavárna U Brány", project: "Autorská čtení", requested: 12_000, status: "REJECTED", score: 41 },
    ],
  },
];

export const DEMO_GRANT_COUNTS = {
  calls: DEMO_CALLS.length,
  applications: DEMO_CALLS.reduce((sum, call) => sum + call.applications.length, 0),
} as const;

const PAID: readonly Status[] = ["REPORT_DUE", "REPORT_RECEIVED", "ACCEPTED", "RETURN_REQUIRED"];
const DECIDED: readonly Status[] = ["GRANTED", "REJECTED", ...PAID];
const REPORTED: readonly Status[] = ["REPORT_RECEIVED", "ACCEPTED", "RETURN_REQUIRED"];

const dateOnly = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);

/** Loads the demo grants (after the users and council resolutions); a second run changes nothing. */
export async function seedGrants(db: Db, now: Date) {
  const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const pr = await userId("pr@herald.example");
  const head = await userId("head@herald.example");
  const thisYear = now.getUTCFullYear();
  for (const demo of DEMO_CALLS) {
    const year = thisYear + demo.yearOffset;
    if (await db.grantCall.findUnique({ where: { year_title: { year, title: demo.title } }, select: { id: true } })) continue;
    await db.$transaction(async (tx) => {
      const call = await tx.grantCall.create({
        data: { year, title: demo.title, budget: demo.budget, rules: demo.rules, deadline: new Date(Date.UTC(year, 1, 28)), createdById: pr },
        select: { id: true },
      });
      for (const [index, app] of demo.applications.entries()) {
        const submitted = new Date(Date.UTC(year, 1, 1 + index));
        const evaluatedAt = app.score !== undefined ? new Date(Date.UTC(year, 2, 10, 9, index)) : null;
        const decided = DECIDED.includes(app.status) ? new Date(Date.UTC(year, 2, 24, 10, index)) : null;
        const paidOn = PAID.includes(app.status) ? new Date(Date.UTC(year, 3, 15)) : null;
        const reportDue = app.reportDueIn !== undefined ? dateOnly(new Date(now.getTime() + app.reportDueIn * DAY)) : null;
        const received = REPORTED.includes(app.status) && reportDue ? new Date(reportDue.getTime() - 5 * DAY) : null;
        const checked = app.status === "ACCEPTED" || app.status === "RETURN_REQUIRED" ? new Date((received as Date).getTime() + 14 * DAY) : null;
        let resolutionId: string | null = null;
        if (app.resolution) {
          const [body, number] = app.resolution.split(" ") as ["RM" | "ZM", string];
          resolutionId = (await tx.councilResolution.findUnique({ where: { body_number: { body, number } }, select: { id: true } }))?.id ?? null;
        }
        await tx.grantApplication.create({
          data: {
            callId: call.id,
            organisation: app.organisation,
            organisationIco: app.ico ?? null,
            contactEmail: `granty@${app.organisation.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "")}.example`,
            project: app.project,
            description: `${app.project}: projekt organizace ${app.organisation} pro obyvatele a návštěvníky města.`,
            amountRequested: app.requested * CZK,
            submittedOn: submitted,
            status: app.status,
            score: app.score ?? null,
            evaluation: app.score !== undefined ? (app.score >= 60 ? "Projekt splňuje pravidla výzvy a má přínos pro kulturní život města." : "Projekt má nejasný rozpočet a malý přínos pro veřejnost.") : null,
            evaluatedById: evaluatedAt ? pr : null,
            evaluatedAt,
            amountGranted: app.granted !== undefined ? app.granted * CZK : null,
            conditions: app.granted !== undefined ? "Logo města na propagačních materiálech; vyúčtování s kopiemi dokladů." : null,
            resolutionId,
            decidedById: decided ? head : null,
            decidedAt: decided,
            amountPaid: paidOn && app.granted !== undefined ? app.granted * CZK : null,
            paidOn,
            reportDue,
            reportReceivedOn: received,
            amountUsed: app.used !== undefined ? app.used * CZK : null,
            reportNote: received ? "Závěrečná zpráva a vyúčtování s fotodokumentací." : null,
            checkNote: checked ? (app.toReturn ? "Část grantu nebyla vyčerpána; nevyčerpaná část se vrací." : "Využití v souladu s podmínkami.") : null,
            amountToReturn: app.toReturn !== undefined ? app.toReturn * CZK : null,
            checkedById: checked ? pr : null,
            checkedAt: checked,
            createdById: pr,
          },
        });
      }
    });
  }
}
