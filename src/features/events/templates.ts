// Checklist templates per event type: the recurring tasks, each due a number of days before the first day.
// Kept in code (reviewed like any rule); `createEvent` with `templateKey` copies them into EventTask rows.
import type { EventType } from "./schema";

export interface TaskTemplate {
  slug: string;
  type: EventType;
  /** [title, days before the first day] */
  tasks: ReadonlyArray<readonly [string, number]>;
}

export const TASK_TEMPLATES: readonly TaskTemplate[] = [
  {
    slug: "christmas-market",
    type: "MARKET",
    tasks: [
      ["Usnesení rady o konání trhů a zvláštním užívání náměstí", 120],
      ["Výběrové řízení na stánkaře", 100],
      ["Smlouvy se stánkaři", 75],
      ["Objednávka stánků a jejich montáže", 70],
      ["Vánoční strom: výběr, kácení, doprava", 30],
      ["Výzdoba a osvětlení náměstí", 21],
      ["Program pódia na všechny víkendy", 60],
      ["Smlouvy s účinkujícími", 45],
      ["Ozvučení a pódium", 40],
      ["Zajištění elektřiny pro stánky", 35],
      ["Mobilní toalety a úklid", 30],
      ["Bezpečnostní plán a pořadatelská služba", 30],
      ["Oznámení policii a hasičům", 21],
      ["Plakáty a výlep", 28],
      ["Tisková zpráva o zahájení", 10],
      ["Pozvánka pro vedení města a hosty", 14],
      ["Projev starosty na rozsvícení stromu", 5],
      ["Fotograf na rozsvícení", 7],
      ["Příspěvky na sociální sítě (celý advent)", 7],
      ["Vyúčtování a hodnocení trhů", -30],
    ],
  },
  {
    slug: "memorial-act",
    type: "MEMORIAL",
    tasks: [
      ["Věnce a květiny", 7],
      ["Pozvánky pro vedení města, veterány a školy", 21],
      ["Čestná stráž a hymna", 14],
      ["Projev starosty", 3],
      ["Tisková zpráva", 1],
    ],
  },
  {
    slug: "opening",
    type: "OPENING",
    tasks: [
      ["Páska, nůžky, polštářek", 7],
      ["Pozvánky pro hosty", 21],
      ["Projev vedení", 3],
      ["Pozvánka pro média", 5],
    ],
  },
];

export function findTemplate(key: string | undefined): TaskTemplate | undefined {
  return key ? TASK_TEMPLATES.find((template) => template.slug === key) : undefined;
}

/** The day `daysBefore` days before `startDate` ("YYYY-MM-DD"), as "YYYY-MM-DD". */
export function dueDay(startDate: string, daysBefore: number): string {
  const date = new Date(`${startDate}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() - daysBefore);
  return date.toISOString().slice(0, 10);
}
