// Demo events (fictional; Czech): a year of DEMO_EVENT_COUNT events of every type around `now` (half a year
// back, half a year ahead) with budgets planned vs actual, some overruns, tasks with owners, the leadership's
// attendance, and a Christmas market with its twenty template tasks. Past events are HELD or EVALUATED (a few
// CANCELLED), coming ones IDEA/PLANNED/CONFIRMED; budgets above the default limit are approved by the head.
// Deterministic relative to `now`; idempotent: matched by title.
import { TASK_TEMPLATES } from "../../src/features/events/templates";
import type { Db } from "../../src/server/db-client";

const DAY = 24 * 60 * 60 * 1000;
const LIMIT_MINOR = 100_000 * 100;

function day(now: Date, days: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

type EventType = "CULTURAL" | "FESTIVAL" | "MARKET" | "MEMORIAL" | "OPENING" | "MEETING" | "SPORTS" | "OTHER";
const TYPES: EventType[] = ["CULTURAL", "FESTIVAL", "MARKET", "MEMORIAL", "OPENING", "MEETING", "SPORTS", "OTHER"];
const NAMES: Record<EventType, string[]> = {
  CULTURAL: ["Koncert na nádvoří", "Divadlo pod širým nebem", "Výstava Města v proměnách", "Noc muzeí", "Letní kino na náměstí", "Jazz v parku", "Čtení v knihovně", "Varhanní večer"],
  FESTIVAL: ["Městské slavnosti", "Dny partnerských měst", "Svatováclavské posvícení", "Festival dechovek", "Dětský den", "Pivní slavnosti", "Slavnosti květů"],
  MARKET: ["Farmářské trhy", "Velikonoční jarmark", "Řemeslný trh", "Bleší trh", "Dýňové trhy", "Adventní trh na zámku", "Vinařské trhy"],
  MEMORIAL: ["Pietní akt ke Dni vítězství", "Vzpomínka na 17. listopad", "Den válečných veteránů", "Pietní akt k výročí osvobození", "Vzpomínka na oběti holocaustu", "Výročí vzniku republiky", "Pietní akt u pomníku padlých"],
  OPENING: ["Otevření nové lávky", "Slavnostní otevření školky", "Otevření cyklostezky", "Zahájení rekonstrukce náměstí", "Otevření komunitního centra", "Otevření hřiště v Lukách", "Zahájení sezóny koupaliště"],
  MEETING: ["Setkání s občany v Lukách", "Veřejné projednání územního plánu", "Setkání s podnikateli", "Kulatý stůl o dopravě", "Setkání seniorů", "Setkání se spolky", "Setkání s jubilanty"],
  SPORTS: ["Městský běh", "Turnaj v malé kopané", "Cyklojízda městem", "Zimní bruslení na náměstí", "Plavecký maraton", "Sportovec roku", "Dětská olympiáda"],
  OTHER: ["Den otevřených dveří radnice", "Vítání jara", "Ukliďme město", "Sázení stromů", "Den Země", "Noc s Andersenem", "Svatomartinský průvod"],
};
const VENUES = ["Masarykovo náměstí", "Nádvoří zámku", "Městský park", "Kulturní dům", "Sportovní hala", "Radnice, obřadní síň", "Náměstí Míru"];
const CATEGORIES: Array<[string, string]> = [
  ["Technické zajištění", "Zvuk a světlo Lukeš s.r.o."],
  ["Účinkující", "Agentura Harmonie"],
  ["Propagace", "Tiskárna Horák"],
  ["Občerstvení", "Catering U Radnice"],
  ["Bezpečnost", "Security Plus a.s."],
];
const MAYOR = "Mgr. Helena Vávrová";

export const DEMO_EVENT_COUNT = 60;
export const DEMO_CHRISTMAS_MARKET = "Vánoční trhy na Masarykově náměstí";

interface DemoEvent {
  title: string;
  type: EventType;
  offset: number;
  days: number;
  isPublic: boolean;
  index: number;
}

/** The demo events, in order; deterministic. */
export function demoEvents(): DemoEvent[] {
  const events: DemoEvent[] = [];
  for (let index = 0; index < DEMO_EVENT_COUNT - 1; index += 1) {
    const type = TYPES[index % TYPES.length];
    const names = NAMES[type];
    const name = names[Math.floor(index / TYPES.length) % names.length];
    // Spread over a year: from 180 days ago to 180 days ahead, about every six days.
    const offset = -180 + index * 6 + (index % 3);
    events.push({ title: `${name} ${index + 1 < 10 ? "0" : ""}${index + 1}`, type, offset, days: type === "FESTIVAL" || type === "MARKET" ? 1 + (index % 3) : 1, isPublic: type !== "MEETING" || index % 2 === 0, index });
  }
  events.push({ title: DEMO_CHRISTMAS_MARKET, type: "MARKET", offset: 40, days: 24, isPublic: true, index: DEMO_EVENT_COUNT - 1 });
  return events;
}

function statusOf(event: DemoEvent): "IDEA" | "PLANNED" | "CONFIRMED" | "HELD" | "EVALUATED" | "CANCELLED" {
  if (event.index % 17 === 5) return "CANCELLED";
  if (event.offset + event.days <= 0) return event.index % 3 === 0 ? "HELD" : "EVALUATED";
  if (event.offset <= 0) return "HELD";
  if (event.offset > 120) return "IDEA";
  if (event.offset > 45) return "PLANNED";
  return "CONFIRMED";
}

export async function seedEvents(db: Db, now: Date) {
  const users = new Map((await db.user.findMany({ where: { email: { in: ["head@herald.example", "pr@herald.example", "assistant@herald.example"] } }, select: { id: true, email: true } })).map((user) => [user.email, user.id]));
  const head = users.get("head@herald.example") as string;
  const owners = [users.get("pr@herald.example") as string, users.get("assistant@herald.example") as string];
  for (const event of demoEvents()) {
    if (await db.event.findFirst({ where: { title: event.title }, select: { id: true } })) continue;
    const status = statusOf(event);
    const past = status === "HELD" || status === "EVALUATED";
    const startDate = day(now, event.offset);
    const endDate = day(now, event.offset + event.days - 1);
    const lineCount = 2 + (event.index % 4);
    const lines = CATEGORIES.slice(0, lineCount).map(([category, supplier], position) => {
      const plannedMinor = (8_000 + ((event.index * 7919 + position * 104_729) % 40) * 1_000) * 100;
      // Past events have their invoices; every fifth line runs over by 15 %.
      const actualMinor = past ? (position + event.index) % 5 === 0 ? Math.round(plannedMinor * 1.15) : Math.round(plannedMinor * 0.95) : null;
      return { category, supplier, plannedMinor, actualMinor, vatPercent: position === 3 ? 12 : 21, invoiceNumber: actualMinor !== null ? `FV-${startDate.getUTCFullYear()}-${String(event.index * 10 + position).padStart(4, "0")}` : "" };
    });
    const planned = lines.reduce((sum, line) => sum + line.plannedMinor, 0);
    const approved = planned > LIMIT_MINOR && status !== "IDEA" && status !== "PLANNED";
    const template = event.title === DEMO_CHRISTMAS_MARKET ? TASK_TEMPLATES.find((item) => item.slug === "christmas-market") : undefined;
    const tasks = template
      ? template.tasks.map(([title, before], position) => ({ title, before, position }))
      : [
          { title: "Objednat techniku", before: 21, position: 0 },
          { title: "Pozvánka na web a sociální sítě", before: 10, position: 1 },
          { title: "Tisková zpráva", before: 2, position: 2 },
        ];
    const firstTen = new Date(startDate.getTime() + 9 * 60 * 60 * 1000);
    await db.event.create({
      data: {
        title: event.title,
        type: event.type,
        startDate,
        endDate,
        venues: VENUES[event.index % VENUES.length] + (event.days > 1 ? `\n${VENUES[(event.index + 3) % VENUES.length]}` : ""),
        organiser: event.index % 5 === 2 ? "PARTNER" : "CITY",
        partnerName: event.index % 5 === 2 ? "Spolek přátel města z.s." : null,
        isPublic: event.isPublic,
        publicDescription: event.isPublic ? `${event.title.replace(/ \d+$/, "")} — srdečně zveme všechny občany.` : "",
        status,
        budgetApprovedMinor: approved ? planned : null,
        budgetApprovedById: approved ? head : null,
        budgetApprovedAt: approved ? day(now, event.offset - 30) : null,
        evaluationNote: status === "EVALUATED" ? "Proběhlo podle plánu, dobrá návštěvnost." : "",
        chronicleEntry: status === "EVALUATED" ? `${event.title.replace(/ \d+$/, "")} se konal(a) ${startDate.toISOString().slice(0, 10)}.` : "",
        cancelledAt: status === "CANCELLED" ? day(now, Math.min(event.offset, 0) - 3) : null,
        createdById: owners[event.index % 2],
        budgetLines: { create: lines },
        tasks: {
          create: tasks.map((task) => ({
            title: task.title,
            position: task.position,
            ownerId: owners[(event.index + task.position) % 2],
            dueDate: day(now, event.offset - task.before),
            doneAt: past || event.offset - task.before < -3 ? day(now, event.offset - task.before) : null,
          })),
        },
        programme: {
          create: Array.from({ length: Math.min(event.days, 3) }, (_, dayIndex) => ({
            startsAt: new Date(firstTen.getTime() + dayIndex * DAY + (event.index % 2) * 60 * 60 * 1000),
            endsAt: new Date(firstTen.getTime() + dayIndex * DAY + (2 + (event.index % 2)) * 60 * 60 * 1000),
            title: dayIndex === 0 ? "Zahájení" : "Program na pódiu",
            venue: VENUES[event.index % VENUES.length],
          })),
        },
        people:
          event.index % 3 === 0
            ? { create: [{ role: "LEADERSHIP", name: MAYOR, function: "starostka", startsAt: firstTen, endsAt: new Date(firstTen.getTime() + 60 * 60 * 1000), speech: "Vážení spoluobčané, vítejte…" }] }
            : undefined,
      },
    });
  }
}
