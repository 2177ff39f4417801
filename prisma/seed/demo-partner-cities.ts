// Demo partner cities of the fictional city: five invented towns in Germany, Poland, Slovakia, Lithuania
// and Romania — an old partnership, a dormant one, a new one approved by the assembly this year (it
// references a demo council resolution) and a proposed one. Each has contact people, areas of
// cooperation, a cooperation plan for the current year with actions in every status, correspondence
// (an overdue reply and a letter awaiting translation among them), a proposal passed on to a department
// and answered, and activities over two years. Every person is invented; e-mails are on .example domains.
// Deterministic (dates relative to `now`) and idempotent: a city that exists is left alone.
import type { Db } from "../../src/server/db-client";
import { partnerSearchText } from "../../src/features/partner-cities/search-text";

const DAY = 24 * 60 * 60 * 1000;

type Staff = "assistant" | "head" | "spokesperson" | "pr";
type ActionStatus = "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED";

interface DemoLetter {
  direction: "IN" | "OUT";
  daysAgo: number;
  subject: string;
  language: string;
  summary?: string;
  translation?: "needed" | "done";
  responsible?: Staff;
  /** Reply deadline, days after the letter. */
  replyWithin?: number;
  /** Replied this many days after the letter. */
  repliedAfter?: number;
}

interface DemoPartner {
  name: string;
  country: string;
  region: string;
  status: "ACTIVE" | "DORMANT" | "PROPOSED";
  agreementDate?: string;
  /** "ZM 44/2026": the agreement's date is then 21 days after the resolution. */
  resolution?: string;
  languages: string[];
  areas: string[];
  notes?: string;
  contacts: Array<{ name: string; function: string; email: string; phone?: string }>;
  actions: Array<{ title: string; owner: Staff; status: ActionStatus; dueInDays: number }>;
  lastYearActions?: Array<{ title: string; owner: Staff; status: ActionStatus }>;
  letters: DemoLetter[];
  proposals: Array<{ daysAgo: number; summary: string; department?: string; passedAfter?: number; answer?: string; answeredAfter?: number }>;
  activities: Array<{ daysAgo: number; kind: "JOINT_PROJECT" | "EVENT" | "VISIT_NOTE" | "OTHER"; title: string; description?: string }>;
}

const DEMO_PARTNERS: DemoPartner[] = [
  {
    name: "Lindenau an der Mulde",
    country: "DE",
    region: "Sachsen",
    status: "ACTIVE",
    agreementDate: "1998-06-12",
    languages: ["de", "en"],
    areas: ["Kultura", "Výměny žáků", "Hasiči a civilní ochrana", "Sport"],
    notes: "Nejstarší partnerství města; každoročně společný adventní koncert.",
    contacts: [
      { name: "Dr. Katrin Sommerfeld", function: "Referentin für Städtepartnerschaften", email: "k.sommerfeld@lindenau-mulde.example", phone: "+49 3437 555 120" },
      { name: "Jonas Brückner", function: "Leiter des Kulturamts", email: "j.brueckner@lindenau-mulde.example", phone: "+49 3437 555 310" },
    ],
    actions: [
      { title: "Výměnný pobyt žáků ZŠ Komenského", owner: "assistant", status: "DONE", dueInDays: -120 },
      { title: "Společné cvičení hasičů na Mulde", owner: "head", status: "DONE", dueInDays: -60 },
      { title: "Adventní koncert pěveckých sborů", owner: "pr", status: "IN_PROGRESS", dueInDays: 25 },
      { title: "Výstava fotografií „Dvě města, jedna řeka“", owner: "pr", status: "PLANNED", dueInDays: 50 },
      { title: "Turnaj mládeže ve florbale", owner: "assistant", status: "CANCELLED", dueInDays: -30 },
    ],
    lastYearActions: [
      { title: "Návštěva starostky na Slavnostech města", owner: "assistant", status: "DONE" },
      { title: "Výměna knihovnic", owner: "assistant", status: "DONE" },
      { title: "Společná brožura pro turisty", owner: "pr", status: "CANCELLED" },
    ],
    letters: [
      { direction: "IN", daysAgo: 16, subject: "Einladung zum Stadtfest 2027 – Programmabstimmung", language: "de", summary: "Pozvání delegace na slavnosti města a prosba o návrh kulturního programu.", translation: "done", responsible: "assistant", replyWithin: 10 },
      { direction: "IN", daysAgo: 4, subject: "Partnerschaftsjubiläum: Vorschlag für eine gemeinsame Festschrift", language: "de", translation: "needed", responsible: "assistant", replyWithin: 21 },
      { direction: "OUT", daysAgo: 40, subject: "Poděkování za přijetí hasičské delegace", language: "de", translation: "done", responsible: "head" },
    ],
    proposals: [
      { daysAgo: 75, summary: "Společná cyklotrasa podél řeky s jednotným značením v obou jazycích.", department: "Odbor dopravy", passedAfter: 3, answer: "Odbor dopravy souhlasí; značení zahrne do projektu Interreg na příští rok.", answeredAfter: 24 },
      { daysAgo: 9, summary: "Výměna stážistů městských úřadů na dva týdny v létě." },
    ],
    activities: [
      { daysAgo: 690, kind: "EVENT", title: "Adventní koncert v kostele sv. Mikuláše", description: "Sbory obou měst, 240 posluchačů." },
      { daysAgo: 520, kind: "VISIT_NOTE", title: "Delegace starostky na Slavnostech města", description: "Podpis plánu spolupráce na další rok." },
      { daysAgo: 300, kind: "JOINT_PROJECT", title: "Interreg: společná protipovodňová cvičení", description: "Projekt schválen, rozpočet 85 000 EUR." },
      { daysAgo: 60, kind: "EVENT", title: "Společné cvičení hasičů na Mulde" },
    ],
  },
  {
    name: "Zielonka Górna",
    country: "PL",
    region: "Województwo dolnośląskie",
    status: "ACTIVE",
    agreementDate: "2004-09-03",
    languages: ["pl", "cs"],
    areas: ["Cestovní ruch", "Kultura", "Senioři"],
    contacts: [{ name: "Małgorzata Wierzbicka", function: "Inspektor ds. współpracy zagranicznej", email: "m.wierzbicka@zielonka-gorna.example", phone: "+48 75 555 04 12" }],
    actions: [
      { title: "Společný stánek na veletrhu cestovního ruchu", owner: "pr", status: "DONE", dueInDays: -200 },
      { title: "Zájezd seniorů na Dny Zielonky", owner: "assistant", status: "DONE", dueInDays: -90 },
      { title: "Dvojjazyčný turistický průvodce", owner: "pr", status: "IN_PROGRESS", dueInDays: 40 },
      { title: "Vánoční trhy – stánek partnerského města", owner: "assistant", status: "PLANNED", dueInDays: 20 },
      { title: "Kurz polštiny pro úředníky", owner: "head", status: "CANCELLED", dueInDays: -10 },
    ],
    letters: [
      { direction: "IN", daysAgo: 30, subject: "Zaproszenie na Dni Zielonki Górnej", language: "pl", summary: "Pozvánka pro seniory a folklorní soubor.", responsible: "assistant", replyWithin: 14, repliedAfter: 6 },
      { direction: "IN", daysAgo: 12, subject: "Przewodnik turystyczny – korekta tekstów", language: "pl", translation: "needed", responsible: "pr", replyWithin: 20 },
      { direction: "IN", daysAgo: 20, subject: "Stoisko na jarmarku bożonarodzeniowym", language: "pl", translation: "done", responsible: "assistant", replyWithin: 10 },
    ],
    proposals: [{ daysAgo: 140, summary: "Výměna výstav místních muzeí v příštím roce.", department: "Odbor kultury", passedAfter: 2, answer: "Muzeum výměnu vítá; termín podzim příštího roku.", answeredAfter: 30 }],
    activities: [
      { daysAgo: 640, kind: "EVENT", title: "Dny Zielonky Górnej – vystoupení souboru Lhoťan" },
      { daysAgo: 410, kind: "JOINT_PROJECT", title: "Společný stánek na veletrhu Regiontour" },
      { daysAgo: 90, kind: "VISIT_NOTE", title: "Zájezd seniorů do Zielonky", description: "45 účastníků, doprava hrazena z fondu mikroprojektů." },
    ],
  },
  {
    name: "Horná Ves nad Hronom",
    country: "SK",
    region: "Banskobystrický kraj",
    status: "DORMANT",
    agreementDate: "1993-05-15",
    languages: ["sk"],
    areas: ["Folklor", "Sport"],
    notes: "Spolupráce utichla po volbách; nové vedení obce chce navázat.",
    contacts: [{ name: "Ing. Peter Kováčik", function: "prednosta obecného úradu", email: "prednosta@horna-ves.example", phone: "+421 45 555 2210" }],
    actions: [
      { title: "Obnovení kontaktu s novým starostou", owner: "head", status: "IN_PROGRESS", dueInDays: 30 },
      { title: "Pozvání souboru na folklorní festival", owner: "assistant", status: "PLANNED", dueInDays: 120 },
      { title: "Zaslání přání k výročí obce", owner: "assistant", status: "DONE", dueInDays: -45 },
      { title: "Společný fotbalový turnaj", owner: "pr", status: "CANCELLED", dueInDays: -100 },
    ],
    letters: [
      { direction: "IN", daysAgo: 25, subject: "Obnovenie partnerskej spolupráce", language: "sk", summary: "Nový starosta navrhuje setkání a aktualizaci dohody.", responsible: "head", replyWithin: 14 },
      { direction: "OUT", daysAgo: 45, subject: "Blahopřání k 750. výročí obce", language: "cs", responsible: "assistant" },
      { direction: "IN", daysAgo: 3, subject: "Pozvánka na Hronské folklórne slávnosti", language: "sk", translation: "needed", responsible: "assistant", replyWithin: 30 },
    ],
    proposals: [{ daysAgo: 200, summary: "Společná lyžařská škola pro děti v Nízkých Tatrách.", department: "Odbor školství", passedAfter: 5, answer: "Školy nemají zájem kvůli termínu; odbor navrhuje letní tábor.", answeredAfter: 40 }],
    activities: [
      { daysAgo: 700, kind: "OTHER", title: "Přání k Novému roku bez odpovědi" },
      { daysAgo: 365, kind: "EVENT", title: "Folklorní festival – vystoupení souboru z Horné Vsi" },
      { daysAgo: 45, kind: "OTHER", title: "Blahopřání k výročí obce" },
    ],
  },
  {
    name: "Vilkiškiai",
    country: "LT",
    region: "Alytaus apskritis",
    status: "ACTIVE",
    resolution: "ZM 44/2026",
    languages: ["lt", "en"],
    areas: ["Digitalizace úřadu", "Mládež", "Kultura"],
    notes: "Nové partnerství schválené zastupitelstvem letos.",
    contacts: [
      { name: "Rūta Vaitkevičienė", function: "Komunikacijos skyriaus vedėja", email: "ruta.vaitkeviciene@vilkiskiai.example", phone: "+370 315 55 901" },
      { name: "Mantas Žemaitis", function: "Jaunimo reikalų koordinatorius", email: "mantas.zemaitis@vilkiskiai.example" },
    ],
    actions: [
      { title: "Slavnostní podpis dohody o partnerství", owner: "head", status: "DONE", dueInDays: -59 },
      { title: "Studijní cesta IT oddělení – elektronická podatelna", owner: "assistant", status: "IN_PROGRESS", dueInDays: 15 },
      { title: "Letní tábor mládeže", owner: "pr", status: "PLANNED", dueInDays: 200 },
      { title: "Online seminář o participativním rozpočtu", owner: "assistant", status: "CANCELLED", dueInDays: -5 },
    ],
    letters: [
      { direction: "IN", daysAgo: 8, subject: "Dėl jaunimo vasaros stovyklos 2027", language: "lt", summary: "Návrh termínů letního tábora a počtu účastníků.", translation: "needed", responsible: "assistant", replyWithin: 21 },
      { direction: "OUT", daysAgo: 50, subject: "Thank you for the signing ceremony", language: "en", responsible: "head" },
      { direction: "IN", daysAgo: 22, subject: "IT study visit – agenda and participants", language: "en", responsible: "assistant", replyWithin: 7 },
    ],
    proposals: [
      { daysAgo: 35, summary: "Sdílení řešení elektronické podatelny a výměna zkušeností IT oddělení.", department: "Odbor informatiky", passedAfter: 1, answer: "Odbor informatiky připraví studijní cestu pro tři pracovníky.", answeredAfter: 10 },
      { daysAgo: 6, summary: "Společná výzva Erasmus+ pro mládežnické organizace.", department: "Odbor školství", passedAfter: 2 },
    ],
    activities: [
      { daysAgo: 420, kind: "OTHER", title: "První kontakt na konferenci měst v Kaunasu" },
      { daysAgo: 150, kind: "VISIT_NOTE", title: "Návštěva delegace z Vilkiškiai", description: "Prohlídka úřadu a jednání o dohodě." },
      { daysAgo: 59, kind: "EVENT", title: "Podpis dohody o partnerství" },
    ],
  },
  {
    name: "Valea Luncii",
    country: "RO",
    region: "Județul Bistrița-Năsăud",
    status: "PROPOSED",
    languages: ["ro", "en"],
    areas: ["Cestovní ruch", "Školství"],
    notes: "Návrh partnerství od rumunské strany; čeká na projednání v radě.",
    contacts: [{ name: "Andrei Munteanu", function: "Consilier, Biroul de relații externe", email: "andrei.munteanu@valea-luncii.example", phone: "+40 263 555 718" }],
    actions: [
      { title: "Podklady pro radu města k návrhu partnerství", owner: "assistant", status: "IN_PROGRESS", dueInDays: 10 },
      { title: "Videohovor se starostou", owner: "head", status: "DONE", dueInDays: -20 },
      { title: "Návštěva delegace v Lhotě", owner: "assistant", status: "PLANNED", dueInDays: 150 },
      { title: "Společná žádost o grant na výměnu škol", owner: "pr", status: "CANCELLED", dueInDays: -40 },
    ],
    letters: [
      { direction: "IN", daysAgo: 60, subject: "Propunere de înfrățire", language: "ro", summary: "Návrh na uzavření partnerství a představení obce.", translation: "done", responsible: "head", replyWithin: 30, repliedAfter: 20 },
      { direction: "IN", daysAgo: 18, subject: "Proposal: school partnership and first visit", language: "en", responsible: "assistant", replyWithin: 14 },
      { direction: "IN", daysAgo: 2, subject: "Prezentarea comunei – materiale", language: "ro", translation: "needed", responsible: "assistant", replyWithin: 30 },
    ],
    proposals: [{ daysAgo: 55, summary: "Partnerství základních škol a výměna učitelů.", department: "Odbor školství", passedAfter: 4, answer: "ZŠ Komenského má zájem; počká se na schválení partnerství.", answeredAfter: 15 }],
    activities: [
      { daysAgo: 60, kind: "OTHER", title: "Návrh partnerství přijat" },
      { daysAgo: 20, kind: "OTHER", title: "Videohovor se starostou Valea Luncii" },
    ],
  },
];

export const DEMO_PARTNER_CITY_COUNT = DEMO_PARTNERS.length;

const dayUtc = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
const daysFrom = (now: Date, days: number) => dayUtc(new Date(now.getTime() + days * DAY));

/** Loads the demo partner cities (after the users and council resolutions); a second run changes nothing. */
export async function seedPartnerCities(db: Db, now: Date): Promise<void> {
  const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const staff: Record<Staff, string> = {
    assistant: await userId("assistant@herald.example"),
    head: await userId("head@herald.example"),
    spokesperson: await userId("spokesperson@herald.example"),
    pr: await userId("pr@herald.example"),
  };
  const year = now.getUTCFullYear();

  for (const demo of DEMO_PARTNERS) {
    if (await db.partnerCity.findUnique({ where: { name_country: { name: demo.name, country: demo.country } }, select: { id: true } })) continue;
    let resolutionId: string | null = null;
    let agreementDate = demo.agreementDate ? new Date(`${demo.agreementDate}T00:00:00Z`) : null;
    if (demo.resolution) {
      const [body, number] = demo.resolution.split(" ") as ["RM" | "ZM", string];
      const resolution = await db.councilResolution.findUnique({ where: { body_number: { body, number } }, select: { id: true, adoptedOn: true } });
      if (!resolution) throw new Error(`Demo partner cities: unknown resolution ${demo.resolution}`);
      resolutionId = resolution.id;
      agreementDate = new Date(resolution.adoptedOn.getTime() + 21 * DAY);
    }
    const city = await db.partnerCity.create({
      data: {
        name: demo.name,
        country: demo.country,
        region: demo.region,
        status: demo.status,
        agreementDate,
        agreementResolutionId: resolutionId,
        languages: demo.languages,
        areas: demo.areas,
        notes: demo.notes ?? null,
        searchText: partnerSearchText(demo),
        createdById: staff.assistant,
        contacts: { create: demo.contacts.map((contact) => ({ ...contact, phone: contact.phone ?? null })) },
        activities: { create: demo.activities.map((activity) => ({ kind: activity.kind, date: daysFrom(now, -activity.daysAgo), title: activity.title, description: activity.description ?? null, createdById: staff.assistant })) },
      },
      select: { id: true },
    });
    await db.cooperationPlan.create({
      data: {
        partnerCityId: city.id,
        year,
        createdById: staff.assistant,
        actions: { create: demo.actions.map((action) => ({ title: action.title, ownerId: staff[action.owner], status: action.status, due: daysFrom(now, action.dueInDays) })) },
      },
    });
    if (demo.lastYearActions) {
      await db.cooperationPlan.create({
        data: {
          partnerCityId: city.id,
          year: year - 1,
          createdById: staff.assistant,
          actions: { create: demo.lastYearActions.map((action) => ({ title: action.title, ownerId: staff[action.owner], status: action.status, due: new Date(Date.UTC(year - 1, 11, 15)) })) },
        },
      });
    }
    for (const letter of demo.letters) {
      const date = daysFrom(now, -letter.daysAgo);
      await db.partnerCorrespondence.create({
        data: {
          partnerCityId: city.id,
          direction: letter.direction,
          date,
          subject: letter.subject,
          language: letter.language,
          summary: letter.summary ?? null,
          translationNeeded: Boolean(letter.translation),
          translatedById: letter.translation === "done" ? staff.assistant : null,
          translatedAt: letter.translation === "done" ? new Date(date.getTime() + 2 * DAY + 10 * 3_600_000) : null,
          responsibleId: letter.responsible ? staff[letter.responsible] : null,
          replyDue: letter.replyWithin !== undefined ? new Date(date.getTime() + letter.replyWithin * DAY) : null,
          repliedAt: letter.repliedAfter !== undefined ? new Date(date.getTime() + letter.repliedAfter * DAY + 11 * 3_600_000) : null,
          createdById: staff.assistant,
        },
      });
    }
    for (const proposal of demo.proposals) {
      const receivedOn = daysFrom(now, -proposal.daysAgo);
      const passedOnAt = proposal.passedAfter !== undefined ? new Date(receivedOn.getTime() + proposal.passedAfter * DAY) : null;
      await db.partnerProposal.create({
        data: {
          partnerCityId: city.id,
          receivedOn,
          summary: proposal.summary,
          department: proposal.department ?? null,
          passedOnAt,
          answer: proposal.answer ?? null,
          answeredAt: passedOnAt && proposal.answeredAfter !== undefined ? new Date(receivedOn.getTime() + proposal.answeredAfter * DAY) : null,
          createdById: staff.assistant,
        },
      });
    }
  }
}
