// Demo protocol visits (fictional delegations and people; Czech): twelve visits past and upcoming, one
// outgoing trip, partner cities with invented names, one upcoming incoming visit fully prepared (six
// guests in precedence, a two-day programme, confirmed bookings, gifts, a budget) and received gifts in
// the register. Deterministic relative to `now`; idempotent: matched by title.
import type { Db } from "../../src/server/db-client";

const DAY = 24 * 60 * 60 * 1000;

/** The calendar day `days` from now (a @db.Date value). */
function day(now: Date, days: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
/** hh:mm UTC on the day `days` from now (07:00 UTC is 08:00 or 09:00 in Prague). */
function at(now: Date, days: number, hour: number, minute = 0): Date {
  const date = day(now, days);
  date.setUTCHours(hour, minute, 0, 0);
  return date;
}

type Person = { side: "DELEGATION" | "CITY"; name: string; function?: string; organisation?: string; country?: string; role: "HEAD_OF_DELEGATION" | "MEMBER" | "HOST" | "INTERPRETER" | "DRIVER" | "STAFF"; rank: number; dietary?: string; contact?: string; passportNote?: string; userEmail?: string };
type Item = { day: number; from: [number, number]; to: [number, number]; activity: string; place: string; responsible?: string; press?: boolean; who: number[] };
type DemoVisit = {
  title: string;
  direction: "INCOMING" | "OUTGOING";
  counterpart: string;
  purpose: string;
  start: number;
  days: number;
  status: "DRAFT" | "PLANNED" | "CONFIRMED" | "COMPLETED" | "CANCELLED";
  hostName: string;
  budget?: number;
  report?: string;
  people?: Person[];
  programme?: Item[];
  bookings?: Array<{ kind: "HOTEL" | "TRANSPORT" | "MEAL" | "INTERPRETER" | "TICKET" | "OTHER"; supplier: string; details: string; cost?: number; currency?: string; status: "REQUESTED" | "CONFIRMED" | "CANCELLED" }>;
  gifts?: Array<{ direction: "GIVEN" | "RECEIVED"; description: string; counterparty?: string; value?: number; currency?: string; day: number; decision?: "KEPT" | "DISPLAYED" | "HANDED_OVER"; quantity?: number }>;
  expenses?: Array<{ category: "ACCOMMODATION" | "TRAVEL" | "MEALS" | "GIFTS" | "INTERPRETING" | "OTHER"; description: string; planned?: number; actual?: number; currency?: string; rate?: string; document?: string }>;
};

const MAYOR: Person = { side: "CITY", name: "Mgr. Helena Vávrová", function: "starostka", role: "HOST", rank: 1 };
const DEPUTY: Person = { side: "CITY", name: "Ing. Roman Kučera", function: "místostarosta", role: "HOST", rank: 2 };

export const DEMO_VISIT_TITLES = {
  prepared: "Návštěva delegace z Lindenau an der Mulde",
  outgoing: "Cesta do Horné Vsi nad Hronom – Dny partnerských měst",
} as const;

const VISITS: DemoVisit[] = [
  {
    title: DEMO_VISIT_TITLES.prepared,
    direction: "INCOMING",
    counterpart: "Lindenau an der Mulde (Německo), partnerské město",
    purpose: "Podpis plánu spolupráce na příští rok, výměna škol a hasičů, prohlídka rekonstruovaného náměstí.",
    start: 10,
    days: 2,
    status: "CONFIRMED",
    hostName: "Mgr. Helena Vávrová, starostka",
    budget: 8000000,
    people: [
      { side: "DELEGATION", name: "Dr. Katrin Wendisch", function: "Oberbürgermeisterin", organisation: "Stadt Lindenau an der Mulde", country: "Německo", role: "HEAD_OF_DELEGATION", rank: 1, dietary: "vegetariánka", contact: "+49 3400 0000 11" },
      { side: "DELEGATION", name: "Matthias Opolka", function: "Bürgermeister (zástupce)", organisation: "Stadt Lindenau an der Mulde", country: "Německo", role: "MEMBER", rank: 2 },
      { side: "DELEGATION", name: "Sabine Kranichfeld", function: "předsedkyně městské rady", organisation: "Stadtrat Lindenau", country: "Německo", role: "MEMBER", rank: 3, dietary: "bez lepku" },
      { side: "DELEGATION", name: "Jörg Tannenhauer", function: "velitel dobrovolných hasičů", organisation: "Freiwillige Feuerwehr Lindenau", country: "Německo", role: "MEMBER", rank: 4 },
      { side: "DELEGATION", name: "Ute Brambach", function: "ředitelka gymnázia", organisation: "Muldental-Gymnasium", country: "Německo", role: "MEMBER", rank: 5 },
      { side: "DELEGATION", name: "Lea Feldmann", function: "tlumočnice", organisation: "Stadt Lindenau an der Mulde", country: "Německo", role: "INTERPRETER", rank: 6, contact: "lea.feldmann@lindenau.example" },
      MAYOR,
      DEPUTY,
      { side: "CITY", name: "Lucie Řeháková", function: "asistentka starostky", role: "STAFF", rank: 3, userEmail: "assistant@herald.example" },
    ],
    programme: [
      { day: 0, from: [8, 0], to: [9, 0], activity: "Přijetí delegace na radnici, zápis do pamětní knihy", place: "Radnice, obřadní síň", responsible: "Lucie Řeháková", press: true, who: [0, 1, 2, 3, 4, 5, 6, 7, 8] },
      { day: 0, from: [9, 15], to: [10, 30], activity: "Jednání o plánu spolupráce", place: "Radnice, zasedací místnost č. 1", responsible: "Ing. Roman Kučera", who: [0, 1, 2, 5, 6, 7] },
      { day: 0, from: [10, 30], to: [12, 0], activity: "Prohlídka rekonstruovaného Masarykova náměstí", place: "Masarykovo náměstí", press: true, who: [0, 1, 2, 3, 4, 5, 7] },
      { day: 0, from: [12, 0], to: [13, 30], activity: "Oběd", place: "Restaurace U Radnice", who: [0, 1, 2, 3, 4, 5, 6, 7] },
      { day: 0, from: [14, 0], to: [16, 0], activity: "Návštěva hasičské zbrojnice", place: "Hasičská zbrojnice, Nádražní 12", responsible: "velitel JSDH", who: [3, 5] },
      { day: 1, from: [7, 30], to: [9, 0], activity: "Návštěva gymnázia, setkání se studenty výměny", place: "Gymnázium, Komenského 3", who: [0, 4, 5] },
      { day: 1, from: [9, 30], to: [10, 30], activity: "Podpis plánu spolupráce a tiskové prohlášení", place: "Radnice, obřadní síň", responsible: "tiskový mluvčí", press: true, who: [0, 1, 5, 6, 7] },
      { day: 1, from: [11, 0], to: [12, 0], activity: "Rozloučení a odjezd", place: "Radnice", who: [0, 1, 2, 3, 4, 5, 6] },
    ],
    bookings: [
      { kind: "HOTEL", supplier: "Hotel Podhůří", details: "6 jednolůžkových pokojů, 2 noci, snídaně", cost: 2340000, status: "CONFIRMED" },
      { kind: "INTERPRETER", supplier: "Mgr. Dana Horová, tlumočnice NJ", details: "Oba dny, konsekutivní tlumočení", cost: 960000, status: "CONFIRMED" },
      { kind: "MEAL", supplier: "Restaurace U Radnice", details: "Oběd pro 10 osob, 1. den", cost: 550000, status: "CONFIRMED" },
      { kind: "TRANSPORT", supplier: "Městský úřad – autoprovoz", details: "Mikrobus a řidič na oba dny", status: "CONFIRMED" },
    ],
    gifts: [
      { direction: "GIVEN", description: "Kniha o historii města (NJ) a pamětní medaile", counterparty: "Dr. Katrin Wendisch", day: 10, quantity: 1 },
      { direction: "GIVEN", description: "Taška s propagačními předměty města", counterparty: "členové delegace", day: 10, quantity: 5 },
    ],
    expenses: [
      { category: "ACCOMMODATION", description: "Hotel Podhůří", planned: 2340000, document: "OBJ-2026-118" },
      { category: "INTERPRETING", description: "Tlumočení NJ", planned: 960000 },
      { category: "MEALS", description: "Oběd a pohoštění", planned: 900000 },
      { category: "GIFTS", description: "Dary delegaci", planned: 350000 },
    ],
  },
  {
    title: "Návštěva delegace ze Zielonky Górnej",
    direction: "INCOMING",
    counterpart: "Zielonka Górna (Polsko), partnerské město",
    purpose: "Jarmark partnerských měst a jednání o společném projektu přeshraniční spolupráce.",
    start: -40,
    days: 2,
    status: "COMPLETED",
    hostName: "Mgr. Helena Vávrová, starostka",
    budget: 4000000,
    report:
      "Delegace partnerského města Zielonka Górna navštívila ve dnech jarmarku naše město a s vedením města projednala společný projekt přeshraniční spolupráce.\n\nHosté si prohlédli jarmark, ocenili stánky místních spolků a pozvali naši delegaci na podzimní slavnosti.",
    people: [
      { side: "DELEGATION", name: "Tomasz Wierzbicki", function: "burmistrz", organisation: "Gmina Zielonka Górna", country: "Polsko", role: "HEAD_OF_DELEGATION", rank: 1 },
      { side: "DELEGATION", name: "Agnieszka Sowińska", function: "místostarostka", organisation: "Gmina Zielonka Górna", country: "Polsko", role: "MEMBER", rank: 2 },
      { side: "DELEGATION", name: "Paweł Jastrzębski", function: "tlumočník", country: "Polsko", role: "INTERPRETER", rank: 3 },
      MAYOR,
    ],
    programme: [
      { day: 0, from: [8, 0], to: [9, 0], activity: "Přijetí na radnici", place: "Radnice, obřadní síň", press: true, who: [0, 1, 2, 3] },
      { day: 0, from: [9, 30], to: [12, 0], activity: "Prohlídka jarmarku", place: "Masarykovo náměstí", who: [0, 1, 2, 3] },
      { day: 1, from: [8, 0], to: [10, 0], activity: "Jednání o projektu přeshraniční spolupráce", place: "Radnice, zasedací místnost č. 1", who: [0, 1, 2, 3] },
    ],
    bookings: [
      { kind: "HOTEL", supplier: "Penzion Na Hrázi", details: "3 pokoje, 1 noc", cost: 540000, status: "CONFIRMED" },
      { kind: "INTERPRETER", supplier: "Tlumočení Lipka", details: "Zrušeno: tlumočníka přivezli hosté", status: "CANCELLED" },
    ],
    gifts: [
      { direction: "RECEIVED", description: "Keramická váza s motivem radnice Zielonky Górnej", counterparty: "Tomasz Wierzbicki, burmistrz", value: 150000, currency: "CZK", day: -40, decision: "DISPLAYED" },
      { direction: "GIVEN", description: "Sklenice s logem města a kniha o městě (PL)", counterparty: "Tomasz Wierzbicki", day: -40 },
    ],
    expenses: [
      { category: "ACCOMMODATION", description: "Penzion Na Hrázi", planned: 600000, actual: 540000, document: "FV-2026-0412" },
      { category: "MEALS", description: "Večeře pro delegaci", planned: 500000, actual: 612000, document: "FV-2026-0415" },
      { category: "GIFTS", description: "Dary", planned: 200000, actual: 185000 },
    ],
  },
  {
    title: DEMO_VISIT_TITLES.outgoing,
    direction: "OUTGOING",
    counterpart: "Horná Ves nad Hronom (Slovensko), partnerské město",
    purpose: "Účast vedení města na Dnech partnerských měst, podpis memoranda o spolupráci škol.",
    start: 25,
    days: 3,
    status: "PLANNED",
    hostName: "Mgr. Helena Vávrová, starostka",
    budget: 6000000,
    people: [
      { side: "DELEGATION", name: "Mgr. Helena Vávrová", function: "starostka", role: "HEAD_OF_DELEGATION", rank: 1, passportNote: "OP platný do 2031" },
      { side: "DELEGATION", name: "Ing. Roman Kučera", function: "místostarosta", role: "MEMBER", rank: 2, passportNote: "OP platný do 2029" },
      { side: "DELEGATION", name: "Jan Procházka", function: "řidič", organisation: "Městský úřad", role: "DRIVER", rank: 3 },
      { side: "CITY", name: "Mária Kováčová", function: "primátorka Horné Vsi nad Hronom", organisation: "Mesto Horná Ves nad Hronom", country: "Slovensko", role: "HOST", rank: 1 },
    ],
    programme: [
      { day: 0, from: [6, 0], to: [11, 0], activity: "Cesta služebním vozem", place: "Odjezd od radnice", who: [0, 1, 2] },
      { day: 1, from: [8, 0], to: [12, 0], activity: "Slavnostní zahájení Dnů partnerských měst", place: "Námestie SNP, Horná Ves nad Hronom", press: true, who: [0, 1, 3] },
      { day: 2, from: [8, 0], to: [9, 0], activity: "Podpis memoranda o spolupráci škol", place: "Mestský úrad, zasadačka", who: [0, 3] },
    ],
    bookings: [
      { kind: "HOTEL", supplier: "Hotel Hron", details: "3 pokoje, 2 noci", cost: 32000, currency: "EUR", status: "CONFIRMED" },
      { kind: "TRANSPORT", supplier: "Městský úřad – autoprovoz", details: "Služební vůz", status: "CONFIRMED" },
      { kind: "TICKET", supplier: "Pořadatel Dnů partnerských měst", details: "Vstupenky na galavečer", status: "REQUESTED" },
    ],
    expenses: [
      { category: "ACCOMMODATION", description: "Hotel Hron", planned: 32000, currency: "EUR", rate: "24.985" },
      { category: "TRAVEL", description: "Pohonné hmoty a dálniční známka", planned: 350000 },
    ],
  },
  {
    title: "Návštěva starosty z Vilkiškiai",
    direction: "INCOMING",
    counterpart: "Vilkiškiai (Litva)",
    purpose: "Seznámení s městským informačním centrem a se správou městských lesů.",
    start: -120,
    days: 1,
    status: "COMPLETED",
    hostName: "Ing. Roman Kučera, místostarosta",
    report: "Starosta litevského města Vilkiškiai se seznámil s prací informačního centra a správou městských lesů.\n\nObě města si vymění zkušenosti s turistickými trasami.",
    people: [
      { side: "DELEGATION", name: "Darius Žemaitaitis", function: "meras", organisation: "Vilkiškių savivaldybė", country: "Litva", role: "HEAD_OF_DELEGATION", rank: 1 },
      { side: "DELEGATION", name: "Rūta Kalnietė", function: "vedoucí odboru cestovního ruchu", country: "Litva", role: "MEMBER", rank: 2 },
      DEPUTY,
    ],
    programme: [{ day: 0, from: [8, 0], to: [12, 0], activity: "Informační centrum a městské lesy", place: "Infocentrum, Masarykovo nám. 5", who: [0, 1, 2] }],
    gifts: [{ direction: "RECEIVED", description: "Lněný ubrus s litevským vzorem", counterparty: "Darius Žemaitaitis, meras", value: 8000, currency: "EUR", day: -120, decision: "KEPT" }],
    expenses: [{ category: "MEALS", description: "Oběd", actual: 238000, document: "FV-2026-0107" }],
  },
  {
    title: "Návštěva delegace z Valea Luncii",
    direction: "INCOMING",
    counterpart: "Valea Luncii (Rumunsko)",
    purpose: "První setkání: možné partnerství měst, kultura a školství.",
    start: 45,
    days: 2,
    status: "DRAFT",
    hostName: "Mgr. Helena Vávrová, starostka",
    people: [{ side: "DELEGATION", name: "Ioana Dumitrescu", function: "primar", organisation: "Primăria Valea Luncii", country: "Rumunsko", role: "HEAD_OF_DELEGATION", rank: 1 }],
  },
  {
    title: "Návštěva velvyslance Spolkové republiky Německo",
    direction: "INCOMING",
    counterpart: "Velvyslanectví Spolkové republiky Německo v Praze",
    purpose: "Zdvořilostní návštěva, česko-německé vztahy v regionu.",
    start: -200,
    days: 1,
    status: "COMPLETED",
    hostName: "Mgr. Helena Vávrová, starostka",
    report: "Velvyslanec navštívil radnici a jednal se starostkou o česko-německých vztazích v regionu.",
    people: [{ side: "DELEGATION", name: "Dr. Friedrich Albrecht Sommer", function: "velvyslanec", organisation: "Velvyslanectví SRN", country: "Německo", role: "HEAD_OF_DELEGATION", rank: 1 }, MAYOR],
    programme: [{ day: 0, from: [9, 0], to: [10, 30], activity: "Jednání se starostkou", place: "Radnice, pracovna starostky", press: true, who: [0, 1] }],
    gifts: [{ direction: "RECEIVED", description: "Porcelánový talíř s erbem", counterparty: "Dr. Friedrich Albrecht Sommer, velvyslanec", value: 400000, day: -200, decision: "HANDED_OVER" }],
  },
  {
    title: "Návštěva ministryně pro místní rozvoj",
    direction: "INCOMING",
    counterpart: "Ministerstvo pro místní rozvoj ČR",
    purpose: "Prohlídka projektů podpořených z IROP, jednání o bytové výstavbě.",
    start: 5,
    days: 1,
    status: "PLANNED",
    hostName: "Mgr. Helena Vávrová, starostka",
    people: [
      { side: "DELEGATION", name: "Ing. Veronika Hladká", function: "ministryně pro místní rozvoj", organisation: "MMR ČR", country: "Česko", role: "HEAD_OF_DELEGATION", rank: 1 },
      { side: "DELEGATION", name: "Mgr. Petr Sádlo", function: "náměstek ministryně", organisation: "MMR ČR", country: "Česko", role: "MEMBER", rank: 2 },
      MAYOR,
    ],
    programme: [{ day: 0, from: [11, 0], to: [13, 0], activity: "Prohlídka nových městských bytů", place: "Bytový dům Luční", press: true, who: [0, 1, 2] }],
    bookings: [{ kind: "MEAL", supplier: "Restaurace U Radnice", details: "Pracovní oběd pro 6 osob", cost: 330000, status: "REQUESTED" }],
  },
  {
    title: "Návštěva hejtmana kraje",
    direction: "INCOMING",
    counterpart: "Krajský úřad",
    purpose: "Pracovní návštěva: doprava a zdravotnictví.",
    start: -15,
    days: 1,
    status: "COMPLETED",
    hostName: "Mgr. Helena Vávrová, starostka",
    people: [{ side: "DELEGATION", name: "MUDr. Karel Vondrák", function: "hejtman", organisation: "Krajský úřad", country: "Česko", role: "HEAD_OF_DELEGATION", rank: 1 }, MAYOR],
    programme: [{ day: 0, from: [12, 0], to: [14, 0], activity: "Jednání o dopravní obslužnosti", place: "Radnice, zasedací místnost č. 1", who: [0, 1] }],
  },
  {
    title: "Výměna mládeže s Lindenau an der Mulde",
    direction: "INCOMING",
    counterpart: "Lindenau an der Mulde (Německo), partnerské město",
    purpose: "Přijetí studentů výměnného pobytu na radnici.",
    start: -300,
    days: 1,
    status: "COMPLETED",
    hostName: "Ing. Roman Kučera, místostarosta",
    people: [{ side: "DELEGATION", name: "Ute Brambach", function: "ředitelka gymnázia", organisation: "Muldental-Gymnasium", country: "Německo", role: "HEAD_OF_DELEGATION", rank: 1 }, DEPUTY],
    programme: [{ day: 0, from: [8, 0], to: [9, 0], activity: "Přijetí studentů na radnici", place: "Radnice, obřadní síň", who: [0, 1] }],
    gifts: [{ direction: "RECEIVED", description: "Fotokniha z výměnného pobytu", counterparty: "Muldental-Gymnasium", day: -300, decision: "KEPT" }],
  },
  {
    title: "Slavnosti partnerských měst – delegace ze Zielonky Górnej",
    direction: "INCOMING",
    counterpart: "Zielonka Górna (Polsko), partnerské město",
    purpose: "Účast na městských slavnostech, vystoupení folklorního souboru.",
    start: 70,
    days: 3,
    status: "PLANNED",
    hostName: "Mgr. Helena Vávrová, starostka",
    people: [{ side: "DELEGATION", name: "Tomasz Wierzbicki", function: "burmistrz", organisation: "Gmina Zielonka Górna", country: "Polsko", role: "HEAD_OF_DELEGATION", rank: 1 }],
    bookings: [{ kind: "HOTEL", supplier: "Hotel Podhůří", details: "25 osob (soubor), 3 noci", status: "REQUESTED" }],
  },
  {
    title: "Pracovní návštěva z Valea Luncii (zrušeno)",
    direction: "INCOMING",
    counterpart: "Valea Luncii (Rumunsko)",
    purpose: "Zrušeno pro povodně v regionu hostů.",
    start: -60,
    days: 2,
    status: "CANCELLED",
    hostName: "Mgr. Helena Vávrová, starostka",
  },
  {
    title: "Studijní cesta úředníků z Vilkiškiai",
    direction: "INCOMING",
    counterpart: "Vilkiškiai (Litva)",
    purpose: "Digitalizace úřadu a elektronická podatelna.",
    start: 100,
    days: 2,
    status: "DRAFT",
    hostName: "Ing. Roman Kučera, místostarosta",
  },
];

export const DEMO_VISIT_COUNT = VISITS.length;

export async function seedVisits(db: Db, now: Date): Promise<void> {
  const creator = await db.user.findUniqueOrThrow({ where: { email: "assistant@herald.example" }, select: { id: true } });
  // Visits with a twin town link to it (the partner city's timeline shows them): matched by the city's name.
  const partnerCities = await db.partnerCity.findMany({ select: { id: true, name: true } });
  const partnerCityOf = (counterpart: string) => partnerCities.find((city) => counterpart.startsWith(city.name))?.id ?? null;
  for (const demo of VISITS) {
    if (await db.visit.findFirst({ where: { title: demo.title }, select: { id: true } })) continue;
    await db.$transaction(async (tx) => {
      const visit = await tx.visit.create({
        data: {
          direction: demo.direction,
          title: demo.title,
          purpose: demo.purpose,
          startDate: day(now, demo.start),
          endDate: day(now, demo.start + demo.days - 1),
          counterpart: demo.counterpart,
          partnerCityId: partnerCityOf(demo.counterpart),
          hostName: demo.hostName,
          status: demo.status,
          budgetMinor: demo.budget ?? null,
          report: demo.report ?? "",
          briefingHtml: demo.status === "CONFIRMED" ? "<h2>Hlavní body</h2><ul><li>Poděkovat za loňské přijetí našich hasičů.</li><li>Navrhnout společnou žádost o dotaci na výměnu škol.</li></ul><p>Projev při podpisu: do 3 minut, tlumočeno.</p>" : "",
          cancelledAt: demo.status === "CANCELLED" ? at(now, demo.start - 10, 8) : null,
          completedAt: demo.status === "COMPLETED" ? at(now, demo.start + demo.days, 8) : null,
          createdById: creator.id,
        },
        select: { id: true },
      });
      const ids: string[] = [];
      for (const person of demo.people ?? []) {
        const user = person.userEmail ? await tx.user.findUnique({ where: { email: person.userEmail }, select: { id: true } }) : null;
        const row = await tx.visitParticipant.create({
          data: {
            visitId: visit.id,
            side: person.side,
            userId: user?.id ?? null,
            name: person.name,
            function: person.function ?? null,
            organisation: person.organisation ?? null,
            country: person.country ?? null,
            role: person.role,
            rank: person.rank,
            dietary: person.dietary ?? null,
            contact: person.contact ?? null,
            passportNote: demo.direction === "OUTGOING" ? (person.passportNote ?? null) : null,
          },
          select: { id: true },
        });
        ids.push(row.id);
      }
      for (const item of demo.programme ?? []) {
        await tx.programmeItem.create({
          data: {
            visitId: visit.id,
            startsAt: at(now, demo.start + item.day, ...item.from),
            endsAt: at(now, demo.start + item.day, ...item.to),
            activity: item.activity,
            place: item.place,
            responsible: item.responsible ?? null,
            pressInvited: item.press ?? false,
            participants: { createMany: { data: item.who.map((index) => ({ participantId: ids[index] })) } },
          },
        });
      }
      for (const booking of demo.bookings ?? []) {
        await tx.booking.create({ data: { visitId: visit.id, kind: booking.kind, supplier: booking.supplier, details: booking.details, costMinor: booking.cost ?? null, currency: booking.currency ?? "CZK", status: booking.status } });
      }
      for (const gift of demo.gifts ?? []) {
        await tx.visitGift.create({
          data: {
            visitId: visit.id,
            direction: gift.direction,
            description: gift.description,
            quantity: gift.quantity ?? 1,
            counterparty: gift.counterparty ?? null,
            estimatedValueMinor: gift.value ?? null,
            currency: gift.currency ?? "CZK",
            date: day(now, gift.day),
            decision: gift.decision ?? null,
            createdById: creator.id,
          },
        });
      }
      for (const expense of demo.expenses ?? []) {
        await tx.expense.create({
          data: {
            visitId: visit.id,
            category: expense.category,
            description: expense.description,
            plannedMinor: expense.planned ?? null,
            actualMinor: expense.actual ?? null,
            currency: expense.currency ?? "CZK",
            rateToCzk: expense.rate ?? "1",
            documentNumber: expense.document ?? null,
          },
        });
      }
    });
  }
}
