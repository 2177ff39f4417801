// Demo data for a fictional city office ("Město Horní Lhota"). Idempotent: records are matched by a
// natural key (e-mail, slug, name, body + number) and left alone when present, so `npm run db:seed`
// can run any number of times and a second run changes nothing.
// Every person here is invented; never put real staff or journalists into demo data. E-mail
// addresses use reserved example domains only (@herald.example, *.example).
import { randomBytes, randomUUID } from "node:crypto";
import { createPrismaClient, type Db } from "../../src/server/db-client";
import { hashPassword } from "../../src/server/auth/password-hash";
import type { Role } from "../../src/server/authz/roles";
import { sanitizeRichText } from "../../src/features/press-releases/sanitize";
import { slugify } from "../../src/features/press-releases/slug";
import { seedPressConferences } from "./demo-press-conferences";
import { seedInquiries } from "./demo-inquiries";
import { seedPromoItems } from "./demo-promo-items";
import { seedPartnerCities } from "./demo-partner-cities";
import { seedVisits } from "./demo-visits";
import { seedCeremonies } from "./demo-ceremonies";
import { seedGrants } from "./demo-grants";
import { seedEvents } from "./demo-events";
import { seedOverview } from "./demo-overview";
import { seedMonitoring } from "./demo-monitoring";
import { seedNewspaper } from "./demo-newspaper";
import { contactSearchText, nameKeyOf, outletSearchText } from "../../src/features/media-contacts/normalize";
import { seedContacts } from "./demo-contacts";
import { seedNewspaperAds } from "./demo-newspaper-ads";

export const DEMO_PASSWORD = "herald-demo-2026";

export const DEMO_USERS: Array<{ email: string; name: string; roles: Role[]; locale: string; isActive?: boolean }> = [
  { email: "head@herald.example", name: "Alena Dvořáková", roles: ["HEAD_OF_OFFICE"], locale: "cs" },
  { email: "spokesperson@herald.example", name: "Tomáš Hrubý", roles: ["SPOKESPERSON"], locale: "cs" },
  { email: "pr@herald.example", name: "Kateřina Šťastná", roles: ["PR_STAFF"], locale: "cs" },
  { email: "assistant@herald.example", name: "Lucie Řeháková", roles: ["ASSISTANT"], locale: "cs" },
  { email: "admin@herald.example", name: "Jiří Novotný", roles: ["ADMIN"], locale: "cs" },
  { email: "marketa.souckova@herald.example", name: "Markéta Součková", roles: ["PR_STAFF", "SPOKESPERSON"], locale: "cs" },
  { email: "emily.clarke@herald.example", name: "Emily Clarke", roles: ["PR_STAFF"], locale: "en" },
  { email: "david.cerny@herald.example", name: "David Černý", roles: ["ASSISTANT"], locale: "cs", isActive: false },
];

// ---------------------------------------------------------------------------------------------------
// Topics and council resolutions

export const DEMO_TOPICS = [
  { slug: "doprava", nameCs: "Doprava", nameEn: "Transport" },
  { slug: "kultura", nameCs: "Kultura", nameEn: "Culture" },
  { slug: "skolstvi", nameCs: "Školství", nameEn: "Education" },
  { slug: "zivotni-prostredi", nameCs: "Životní prostředí", nameEn: "Environment" },
  { slug: "investice", nameCs: "Investice", nameEn: "Investments" },
  { slug: "socialni-sluzby", nameCs: "Sociální služby", nameEn: "Social services" },
  { slug: "bezpecnost", nameCs: "Bezpečnost", nameEn: "Safety" },
  { slug: "rada-mesta", nameCs: "Rada a zastupitelstvo", nameEn: "Council and assembly" },
] as const;

type TopicSlug = (typeof DEMO_TOPICS)[number]["slug"];

/** `daysAgo` is relative to the first seeding; later runs keep the stored date. */
const DEMO_RESOLUTIONS: Array<{ body: "RM" | "ZM"; number: string; daysAgo: number; title: string }> = [
  { body: "RM", number: "388/2026", daysAgo: 118, title: "Uzavření smlouvy o dílo na stavbu lávky pro pěší přes Lhotecký potok" },
  { body: "RM", number: "396/2026", daysAgo: 96, title: "Změna jízdních řádů městské autobusové dopravy od 1. září" },
  { body: "ZM", number: "41/2026", daysAgo: 90, title: "Rozpočtové opatření č. 5/2026 – rekonstrukce ZŠ Komenského" },
  { body: "RM", number: "402/2026", daysAgo: 75, title: "Pronájem prostor na Masarykově náměstí pro vánoční trhy" },
  { body: "RM", number: "407/2026", daysAgo: 60, title: "Přijetí dotace na výsadbu stromořadí v ulici Polní" },
  { body: "RM", number: "412/2026", daysAgo: 45, title: "Souhlas s provozním řádem nové pobočky městské knihovny" },
  { body: "ZM", number: "47/2026", daysAgo: 30, title: "Návrh rozpočtu města Horní Lhota na rok 2027" },
  { body: "RM", number: "419/2026", daysAgo: 21, title: "Plán cvičení protipovodňové ochrany města" },
  { body: "RM", number: "423/2026", daysAgo: 12, title: "Výpůjčka pozemku pro komunitní zahradu v Dolní čtvrti" },
  { body: "ZM", number: "52/2026", daysAgo: 5, title: "Zřízení sociálního taxi pro seniory" },
  // Not (yet) communicated by any published release.
  { body: "RM", number: "399/2026", daysAgo: 92, title: "Pojmenování nové ulice Pod Vinicí" },
  { body: "ZM", number: "44/2026", daysAgo: 80, title: "Obecně závazná vyhláška o místním poplatku ze psů" },
  { body: "RM", number: "426/2026", daysAgo: 3, title: "Zadání veřejné zakázky na zimní údržbu komunikací" },
];

// ---------------------------------------------------------------------------------------------------
// Press releases

type DemoStatus = "PUBLISHED" | "IN_REVIEW" | "DRAFT" | "CHANGES_REQUESTED" | "SCHEDULED" | "APPROVED";

interface DemoRelease {
  title: string;
  perex: string;
  bodyHtml: string;
  status: DemoStatus;
  /** Published: days before seeding; scheduled: days ahead (negative). */
  daysAgo: number;
  author: "pr" | "spokesperson";
  topics: TopicSlug[];
  resolutions?: string[]; // "RM 412/2026"
  correctionNote?: string;
  /** A language version of the release with this Czech title. */
  translationOf?: string;
  language?: "cs" | "en";
  changesRequested?: string;
}

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join("\n");

const DEMO_RELEASES: DemoRelease[] = [
  {
    title: "Nová lávka přes Lhotecký potok spojí sídliště s centrem",
    perex: "Město Horní Lhota zahájí v září stavbu lávky pro pěší a cyklisty přes Lhotecký potok. Obyvatelé sídliště Na Výsluní se do centra dostanou o deset minut rychleji.",
    bodyHtml:
      p("Rada města schválila smlouvu o dílo se zhotovitelem stavby lávky, která propojí sídliště <strong>Na Výsluní</strong> s Masarykovým náměstím. Stavba potrvá osm měsíců a vyjde na 14,6 milionu korun.") +
      "\n<h2>Co se během stavby změní</h2>\n<ul><li>stezka podél potoka bude od 1. září uzavřena,</li><li>objížďka povede ulicí U Mlýna,</li><li>autobusová zastávka Výsluní zůstává v provozu.</li></ul>\n" +
      p('Podrobnosti najdete na <a href="https://www.hornilhota.example/lavka">stránce projektu</a>.'),
    status: "PUBLISHED",
    daysAgo: 115,
    author: "pr",
    topics: ["doprava", "investice"],
    resolutions: ["RM 388/2026"],
  },
  {
    title: "Od září jezdí městské autobusy podle nového jízdního řádu",
    perex: "Linky 1 a 3 budou ve špičce jezdit každých 15 minut, nová zastávka přibude u průmyslové zóny. Změna platí od 1. září.",
    bodyHtml:
      p("Dopravní podnik města upravil jízdní řády podle výsledků loňského průzkumu mezi cestujícími.") +
      "\n<h2>Hlavní změny</h2>\n<ul><li><strong>linka 1</strong> – ve špičce každých 15 minut,</li><li><strong>linka 3</strong> – nově až k průmyslové zóně Sever,</li><li><strong>linka 5</strong> – o víkendu poslední spoj ve 23.10.</li></ul>\n" +
      p("Jízdní řády jsou k dispozici v informačním centru a na zastávkách."),
    status: "PUBLISHED",
    daysAgo: 95,
    author: "spokesperson",
    topics: ["doprava"],
    resolutions: ["RM 396/2026"],
  },
  {
    title: "Rekonstrukce ZŠ Komenského skončila, žáci se vrátili do opravené budovy",
    perex: "Základní škola Komenského má novou střechu, zateplenou fasádu a moderní odborné učebny. Zastupitelstvo na opravu uvolnilo 38 milionů korun.",
    bodyHtml:
      p("Po čtrnácti měsících prací se žáci ZŠ Komenského vrátili do budovy, která prošla největší rekonstrukcí od roku 1972.") +
      "\n<h2>Co je nového</h2>\n<ul><li>zateplená fasáda a nová okna,</li><li>učebna fyziky a chemie s digestoří,</li><li>bezbariérový vstup a výtah.</li></ul>\n" +
      p("„Děti se učí v důstojném prostředí a škola ušetří třetinu nákladů na vytápění,“ uvedla místostarostka Jana Veselá."),
    status: "PUBLISHED",
    daysAgo: 88,
    author: "pr",
    topics: ["skolstvi", "investice"],
    resolutions: ["ZM 41/2026"],
  },
  {
    title: "Dobrovolníci vysadili v ulici Polní 60 nových lip",
    perex: "Více než stovka obyvatel se v sobotu zapojila do výsadby stromořadí v ulici Polní. Lípy nahradí topoly, které byly v havarijním stavu.",
    bodyHtml:
      p("Výsadbu podpořila dotace Státního fondu životního prostředí ve výši 420 tisíc korun. Město zajistilo sazenice, kůly a zálivkové vaky.") +
      p("Stromy bude první tři roky zalévat technická správa města, poté se o ně postarají <strong>adoptivní rodiny</strong> z okolních domů."),
    status: "PUBLISHED",
    daysAgo: 58,
    author: "pr",
    topics: ["zivotni-prostredi"],
    resolutions: ["RM 407/2026"],
  },
  {
    title: "Městská knihovna otevírá novou pobočku v Dolní čtvrti",
    perex: "Nová pobočka městské knihovny v Dolní čtvrti nabídne čtyři tisíce knih, studovnu a dětský koutek. Slavnostní otevření je v pátek v 10 hodin.",
    bodyHtml:
      p("Pobočka vznikla v přízemí bývalé pošty v ulici Ke Studánce. Otevřeno bude <strong>od úterý do soboty</strong>.") +
      "\n<h2>Program otevření</h2>\n<ul><li>10.00 – přestřižení pásky a prohlídka,</li><li>11.00 – čtení pro děti,</li><li>14.00 – beseda s ilustrátorkou.</li></ul>",
    status: "PUBLISHED",
    daysAgo: 42,
    author: "spokesperson",
    topics: ["kultura"],
    resolutions: ["RM 412/2026"],
  },
  {
    title: "Zastupitelstvo projedná návrh rozpočtu na rok 2027",
    perex: "Město počítá v příštím roce s příjmy 612 milionů korun. Největší investicí bude dokončení lávky a oprava zimního stadionu.",
    bodyHtml:
      p("Návrh rozpočtu je vyrovnaný. Na investice připadá 148 milionů korun, tedy téměř čtvrtina výdajů.") +
      "\n<h2>Největší položky</h2>\n<ul><li>oprava zimního stadionu – 42 mil. Kč,</li><li>dokončení lávky přes Lhotecký potok – 9 mil. Kč,</li><li>sociální služby – 31 mil. Kč.</li></ul>\n" +
      p("Občané mohou k návrhu podávat připomínky do 15 dnů od zveřejnění."),
    status: "PUBLISHED",
    daysAgo: 28,
    author: "spokesperson",
    topics: ["rada-mesta", "investice"],
    resolutions: ["ZM 47/2026"],
    correctionNote: "Výše příjmů byla v původním znění zprávy uvedena chybně (621 milionů korun).",
  },
  {
    title: "Hasiči a město nacvičí protipovodňová opatření na nábřeží",
    perex: "Ve středu dopoledne proběhne na Labském nábřeží cvičení protipovodňové ochrany. Mezi 8. a 12. hodinou bude nábřeží uzavřeno.",
    bodyHtml:
      p("Jednotky sboru dobrovolných hasičů spolu s technickou správou postaví mobilní protipovodňové stěny v délce 300 metrů.") +
      p("Cvičení prověří i <strong>varovný systém</strong>: v 9.00 se rozezní sirény se zkušebním tónem. Prosíme obyvatele, aby nepanikařili."),
    status: "PUBLISHED",
    daysAgo: 19,
    author: "pr",
    topics: ["bezpecnost", "zivotni-prostredi"],
    resolutions: ["RM 419/2026"],
  },
  {
    title: "Vánoční trhy na Masarykově náměstí začnou první adventní sobotu",
    perex: "Na Masarykově náměstí vyroste 40 stánků s řemeslnými výrobky, punčem a občerstvením. Strom rozsvítíme v sobotu v 17 hodin.",
    bodyHtml:
      p("Trhy potrvají až do 23. prosince. Každý víkend čeká návštěvníky program na pódiu – sbory, pohádky a živý betlém.") +
      "\n<h2>Doprava</h2>\n<ul><li>náměstí bude pro auta uzavřeno,</li><li>parkovat lze u zimního stadionu,</li><li>linka 1 pojede o víkendech častěji.</li></ul>",
    status: "PUBLISHED",
    daysAgo: 10,
    author: "spokesperson",
    topics: ["kultura"],
    resolutions: ["RM 402/2026"],
  },
  {
    title: "Senioři mohou využít nové sociální taxi",
    perex: "Občané nad 70 let a lidé se zdravotním postižením mohou od prosince jezdit sociálním taxi za 30 korun za jízdu po městě.",
    bodyHtml:
      p("Službu provozuje Centrum sociálních služeb Horní Lhota. Jízdu je třeba objednat nejméně den předem na telefonu dispečinku.") +
      p("Průkaz pro jízdy vydává <strong>odbor sociálních věcí</strong> na počkání."),
    status: "PUBLISHED",
    daysAgo: 4,
    author: "pr",
    topics: ["socialni-sluzby", "doprava"],
    resolutions: ["ZM 52/2026"],
  },
  {
    title: "Městská policie posílí hlídky v okolí škol",
    perex: "Strážníci budou každé ráno dohlížet na přechody u všech pěti základních škol ve městě.",
    bodyHtml: p("Ranní dohled u přechodů doplní nové radary, které řidičům ukazují jejich rychlost. Město je pořídilo za 380 tisíc korun."),
    status: "PUBLISHED",
    daysAgo: 70,
    author: "spokesperson",
    topics: ["bezpecnost", "skolstvi"],
  },
  {
    title: "Letní kino v Zámeckém parku nabídne dvacet filmových večerů",
    perex: "Od července do konce srpna promítá letní kino v Zámeckém parku každý čtvrtek a pátek. Vstup je zdarma.",
    bodyHtml: p("Program sestavili studenti gymnázia spolu s městským kulturním střediskem. Promítat se začíná vždy po setmění, ve 21.30."),
    status: "PUBLISHED",
    daysAgo: 112,
    author: "pr",
    topics: ["kultura"],
  },
  {
    title: "Město vyhlašuje výzvu na podporu komunitních zahrad",
    perex: "Spolky a sousedské skupiny mohou do konce roku žádat o příspěvek až 50 tisíc korun na založení komunitní zahrady.",
    bodyHtml:
      p("Rada města zároveň schválila výpůjčku pozemku v Dolní čtvrti, kde vznikne první městská komunitní zahrada.") +
      p('Formulář žádosti je ke stažení na <a href="https://www.hornilhota.example/dotace">stránce dotací</a>.'),
    status: "PUBLISHED",
    daysAgo: 11,
    author: "pr",
    topics: ["zivotni-prostredi", "rada-mesta"],
    resolutions: ["RM 423/2026"],
  },
  // English versions (same translation group as their Czech original).
  {
    title: "New footbridge over the Lhotecký brook will link the housing estate to the centre",
    translationOf: "Nová lávka přes Lhotecký potok spojí sídliště s centrem",
    language: "en",
    perex: "In September the Town of Horní Lhota starts building a footbridge for pedestrians and cyclists over the Lhotecký brook. Residents of Na Výsluní will reach the centre ten minutes faster.",
    bodyHtml:
      p("The city council approved the construction contract for a footbridge linking the <strong>Na Výsluní</strong> estate with Masaryk Square. Works will take eight months and cost CZK 14.6 million.") +
      "\n<h2>What changes during construction</h2>\n<ul><li>the brook-side path closes on 1 September,</li><li>the detour runs along U Mlýna street,</li><li>the Výsluní bus stop stays open.</li></ul>",
    status: "PUBLISHED",
    daysAgo: 114,
    author: "spokesperson",
    topics: ["doprava", "investice"],
    resolutions: ["RM 388/2026"],
  },
  {
    title: "Christmas market on Masaryk Square opens on the first Advent Saturday",
    translationOf: "Vánoční trhy na Masarykově náměstí začnou první adventní sobotu",
    language: "en",
    perex: "Forty stalls with crafts, punch and food will fill Masaryk Square. The Christmas tree lights up on Saturday at 5 pm.",
    bodyHtml: p("The market runs until 23 December, with choirs, fairy tales and a living nativity scene on stage every weekend."),
    status: "PUBLISHED",
    daysAgo: 9,
    author: "spokesperson",
    topics: ["kultura"],
    resolutions: ["RM 402/2026"],
  },
  {
    title: "Town library opens a new branch in the Lower Quarter",
    translationOf: "Městská knihovna otevírá novou pobočku v Dolní čtvrti",
    language: "en",
    perex: "The new branch offers four thousand books, a study room and a children's corner. The opening is on Friday at 10 am.",
    bodyHtml: p("The branch is on the ground floor of the former post office in Ke Studánce street and opens <strong>Tuesday to Saturday</strong>."),
    status: "PUBLISHED",
    daysAgo: 41,
    author: "pr",
    topics: ["kultura"],
    resolutions: ["RM 412/2026"],
  },
  // Work in progress: never visible to the public.
  {
    title: "Oprava zimního stadionu začne na jaře",
    perex: "Zimní stadion dostane novou chladicí technologii a střechu. Sezóna 2027/28 začne v opravené hale.",
    bodyHtml: p("Práce začnou v dubnu po skončení hokejové sezóny a potrvají šest měsíců."),
    status: "IN_REVIEW",
    daysAgo: 0,
    author: "pr",
    topics: ["investice"],
  },
  {
    title: "Město spouští mobilní aplikaci pro hlášení závad",
    perex: "Rozbitou lampu nebo černou skládku nahlásí občané nově přes mobilní aplikaci s fotografií a polohou.",
    bodyHtml: p("Hlášení dostane přímo technická správa města, která na ně odpoví do tří pracovních dnů."),
    status: "IN_REVIEW",
    daysAgo: 0,
    author: "pr",
    topics: ["rada-mesta"],
  },
  {
    title: "Koncept: masopustní průvod 2027",
    perex: "Masopustní průvod projde městem v sobotu před Popeleční středou.",
    bodyHtml: p("Text se připravuje."),
    status: "DRAFT",
    daysAgo: 0,
    author: "pr",
    topics: ["kultura"],
  },
  {
    title: "Uzavírka ulice Nádražní kvůli opravě kanalizace",
    perex: "Ulice Nádražní bude od pondělí uzavřena v úseku mezi poštou a nádražím.",
    bodyHtml: p("Oprava kanalizace potrvá přibližně tři týdny. Objížďka vede ulicí Palackého."),
    status: "CHANGES_REQUESTED",
    daysAgo: 0,
    author: "pr",
    topics: ["doprava"],
    changesRequested: "Doplňte prosím přesné datum zahájení a konce uzavírky a jméno zhotovitele.",
  },
  {
    title: "Novoroční ohňostroj se letos nahradí videomappingem na radnici",
    perex: "Místo ohňostroje uvidí návštěvníci 1. ledna světelnou show na fasádě radnice. Město tak šetří zvířata i ovzduší.",
    bodyHtml: p("Videomapping připravilo studio z Horní Lhoty. Projekce začne v 18 hodin a bude se třikrát opakovat."),
    status: "SCHEDULED",
    daysAgo: -3,
    author: "spokesperson",
    topics: ["kultura", "zivotni-prostredi"],
  },
  {
    title: "Výsledky ankety o podobě Masarykova náměstí",
    perex: "Přes dva tisíce obyvatel hlasovalo o budoucí podobě náměstí. Vyhrál návrh s vodním prvkem a stromy.",
    bodyHtml: p("Výsledky ankety budou zveřejněny po projednání v radě města."),
    status: "APPROVED",
    daysAgo: 0,
    author: "spokesperson",
    topics: ["rada-mesta", "investice"],
  },
];

// ---------------------------------------------------------------------------------------------------
// Media

/** Editorial deadlines ("uzávěrka"): an inquiry from their journalists is due by the next one. */
const DEMO_OUTLETS: Array<{ name: string; kind: "PRINT" | "TV" | "RADIO" | "ONLINE" | "AGENCY"; website: string; deadlineDays?: number[]; deadlineTime?: string }> = [
  { name: "Lhotecký deník", kind: "PRINT", website: "https://lhotecky-denik.example", deadlineDays: [1, 2, 3, 4, 5, 6], deadlineTime: "16:00" },
  { name: "Televize Podhůří", kind: "TV", website: "https://tv-podhuri.example", deadlineDays: [1, 2, 3, 4, 5], deadlineTime: "15:00" },
  { name: "Rádio Lhota", kind: "RADIO", website: "https://radio-lhota.example", deadlineDays: [1, 2, 3, 4, 5], deadlineTime: "11:00" },
  { name: "Zprávy z regionu", kind: "ONLINE", website: "https://zpravy-z-regionu.example" },
  { name: "Česká zpravodajská agentura", kind: "AGENCY", website: "https://czpa.example" },
  { name: "Hornolhotecký týdeník", kind: "PRINT", website: "https://tydenik-hl.example", deadlineDays: [2], deadlineTime: "12:00" },
];

const LEGAL_BASIS = "veřejný zájem – čl. 6 odst. 1 písm. e) GDPR";

const DEMO_CONTACTS: Array<{
  name: string;
  email: string;
  outlet: string;
  beats: string[];
  languages: string[];
  doNotContact?: boolean;
  unsubscribed?: boolean;
  lists: string[];
}> = [
  { name: "Petra Malá", email: "petra.mala@lhotecky-denik.example", outlet: "Lhotecký deník", beats: ["radnice", "doprava"], languages: ["cs"], lists: ["Regionální média"] },
  { name: "Ondřej Kříž", email: "ondrej.kriz@lhotecky-denik.example", outlet: "Lhotecký deník", beats: ["kultura"], languages: ["cs"], lists: ["Regionální média", "Kultura"] },
  { name: "Veronika Holubová", email: "veronika.holubova@tv-podhuri.example", outlet: "Televize Podhůří", beats: ["zpravodajství"], languages: ["cs", "en"], lists: ["Regionální média"] },
  { name: "Martin Sýkora", email: "martin.sykora@tv-podhuri.example", outlet: "Televize Podhůří", beats: ["bezpečnost", "doprava"], languages: ["cs"], lists: ["Regionální média"] },
  { name: "Klára Benešová", email: "klara.benesova@radio-lhota.example", outlet: "Rádio Lhota", beats: ["kultura", "školství"], languages: ["cs"], lists: ["Regionální média", "Kultura"] },
  { name: "Radek Pokorný", email: "radek.pokorny@radio-lhota.example", outlet: "Rádio Lhota", beats: ["radnice"], languages: ["cs"], lists: ["Regionální média"], doNotContact: true },
  { name: "Simona Vlčková", email: "simona.vlckova@zpravy-z-regionu.example", outlet: "Zprávy z regionu", beats: ["investice", "radnice"], languages: ["cs"], lists: ["Regionální média", "Celostátní média"] },
  { name: "Jakub Urban", email: "jakub.urban@zpravy-z-regionu.example", outlet: "Zprávy z regionu", beats: ["životní prostředí"], languages: ["cs", "en"], lists: ["Regionální média"], unsubscribed: true },
  { name: "Hana Kolářová", email: "hana.kolarova@czpa.example", outlet: "Česká zpravodajská agentura", beats: ["regiony"], languages: ["cs", "en"], lists: ["Celostátní média"] },
  { name: "Pavel Doležal", email: "pavel.dolezal@czpa.example", outlet: "Česká zpravodajská agentura", beats: ["ekonomika"], languages: ["cs"], lists: ["Celostátní média"] },
  { name: "Eva Marková", email: "eva.markova@tydenik-hl.example", outlet: "Hornolhotecký týdeník", beats: ["kultura", "sociální služby"], languages: ["cs"], lists: ["Regionální média", "Kultura"] },
  { name: "Filip Vacek", email: "filip.vacek@tydenik-hl.example", outlet: "Hornolhotecký týdeník", beats: ["sport", "školství"], languages: ["cs"], lists: ["Regionální média"] },
];

const DEMO_LISTS = [
  { name: "Regionální média", description: "Deníky, rádia, televize a weby z regionu." },
  { name: "Celostátní média", description: "Tisková agentura a celostátní redakce." },
  { name: "Kultura", description: "Redaktoři kulturních rubrik." },
];

// ---------------------------------------------------------------------------------------------------

const DAY = 24 * 60 * 60 * 1000;

/** Returns true when it loaded the demo data, false when `onlyIfEmpty` found users already. */
export async function seedDemoData(databaseUrl: string, options: { onlyIfEmpty?: boolean } = {}): Promise<boolean> {
  const db = createPrismaClient(databaseUrl);
  try {
    if (options.onlyIfEmpty && (await db.user.count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      await db.user.upsert({
        where: { email: user.email },
        update: {},
        create: { ...user, isActive: user.isActive ?? true, passwordHash },
      });
    }
    const now = new Date();
    await seedTopicsAndResolutions(db, now);
    await seedReleases(db, now);
    await seedMedia(db, now);
    await seedContacts(db, now);
    await seedPressConferences(db, now);
    await seedInquiries(db, now);
    await seedPromoItems(db, now);
    await seedPartnerCities(db, now);
    await seedVisits(db, now);
    await seedCeremonies(db, now);
    await seedGrants(db, now);
    await seedEvents(db, now);
    await seedOverview(db, now);
    await seedMonitoring(db, now);
    await seedNewspaper(db, now);
    await seedNewspaperAds(db, now);
    return true;
  } finally {
    await db.$disconnect();
  }
}

async function seedTopicsAndResolutions(db: Db, now: Date) {
  for (const topic of DEMO_TOPICS) {
    await db.topic.upsert({ where: { slug: topic.slug }, update: {}, create: topic });
  }
  for (const resolution of DEMO_RESOLUTIONS) {
    const day = new Date(now.getTime() - resolution.daysAgo * DAY);
    await db.councilResolution.upsert({
      where: { body_number: { body: resolution.body, number: resolution.number } },
      update: {},
      create: {
        body: resolution.body,
        number: resolution.number,
        title: resolution.title,
        adoptedOn: new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate())),
      },
    });
  }
}

async function seedReleases(db: Db, now: Date) {
  const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const ids = {
    pr: await userId("pr@herald.example"),
    spokesperson: await userId("spokesperson@herald.example"),
    head: await userId("head@herald.example"),
  };
  const topics = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const resolutions = new Map(
    (await db.councilResolution.findMany({ select: { id: true, body: true, number: true } })).map((r) => [`${r.body} ${r.number}`, r.id]),
  );

  for (const release of DEMO_RELEASES) {
    const slug = slugify(release.title);
    if (await db.pressRelease.findUnique({ where: { slug }, select: { id: true } })) continue;
    const language = release.language ?? "cs";
    const id = randomUUID();
    let translationGroupId: string = id;
    if (release.translationOf) {
      const original = await db.pressRelease.findUnique({ where: { slug: slugify(release.translationOf) }, select: { translationGroupId: true } });
      if (!original) throw new Error(`Demo data: the original of "${release.title}" is missing`);
      translationGroupId = original.translationGroupId;
    }
    // Office hours in the city (about 9–11 a.m. Prague time), on the day `daysAgo` before seeding.
    const at = new Date(now.getTime() - release.daysAgo * DAY);
    at.setUTCHours(8, (release.title.length * 7) % 60, 0, 0);
    const authorId = ids[release.author];
    const approverId = release.author === "spokesperson" ? ids.head : ids.spokesperson;
    const isPublished = release.status === "PUBLISHED";
    const isApproved = ["PUBLISHED", "SCHEDULED", "APPROVED"].includes(release.status);
    const createdAt = isPublished ? new Date(at.getTime() - 2 * DAY) : new Date(now.getTime() - DAY);
    const dateline = `Horní Lhota, ${formatCzechDate(isPublished ? at : now, language)}`;
    // Through the same allowlist as every save: the newsroom renders stored HTML as it is.
    const bodyHtml = sanitizeRichText(release.bodyHtml);
    await db.pressRelease.create({
      data: {
        id,
        translationGroupId,
        language,
        slug,
        title: release.title,
        perex: release.perex,
        bodyHtml,
        dateline,
        status: release.status,
        authorId,
        contactPersonId: ids.spokesperson,
        submittedAt: release.status === "DRAFT" ? null : new Date(createdAt.getTime() + 60 * 60 * 1000),
        approvedById: isApproved ? approverId : null,
        approvedAt: isApproved ? new Date(createdAt.getTime() + 3 * 60 * 60 * 1000) : null,
        publishedAt: isPublished ? at : null,
        publishedById: isPublished ? ids.spokesperson : null,
        publishAt: release.status === "SCHEDULED" ? at : isPublished ? at : null,
        embargoUntil: release.status === "APPROVED" ? new Date(now.getTime() + DAY) : null,
        correctionNote: release.correctionNote ?? null,
        correctedAt: release.correctionNote ? new Date(at.getTime() + DAY / 2) : null,
        createdAt,
        topics: { create: release.topics.map((topic) => ({ topicId: requireId(topics, topic) })) },
        resolutions: { create: (release.resolutions ?? []).map((key) => ({ resolutionId: requireId(resolutions, key) })) },
        revisions: {
          create: {
            number: 1,
            title: release.title,
            perex: release.perex,
            bodyHtml,
            dateline,
            editorId: authorId,
            createdAt,
          },
        },
        comments: release.changesRequested
          ? { create: { authorId: ids.spokesperson, kind: "CHANGES_REQUESTED", body: release.changesRequested } }
          : undefined,
      },
    });
  }
}

async function seedMedia(db: Db, now: Date) {
  for (const outlet of DEMO_OUTLETS) {
    await db.mediaOutlet.upsert({ where: { name: outlet.name }, update: {}, create: { ...outlet, searchText: outletSearchText(outlet) } });
  }
  for (const list of DEMO_LISTS) {
    await db.distributionList.upsert({ where: { name: list.name }, update: {}, create: list });
  }
  const outlets = new Map((await db.mediaOutlet.findMany({ select: { id: true, name: true } })).map((o) => [o.name, o.id]));
  const lists = new Map((await db.distributionList.findMany({ select: { id: true, name: true } })).map((l) => [l.name, l.id]));
  for (const [index, contact] of DEMO_CONTACTS.entries()) {
    const existing = await db.mediaContact.findUnique({ where: { email: contact.email }, select: { id: true } });
    if (existing) continue;
    // The contact and its list memberships in one statement: an interrupted run leaves no half contact.
    await db.mediaContact.create({
      data: {
        name: contact.name,
        email: contact.email,
        outletId: requireId(outlets, contact.outlet),
        beats: contact.beats,
        languages: contact.languages,
        legalBasis: LEGAL_BASIS,
        source: "web redakce",
        searchText: contactSearchText(contact),
        nameKey: nameKeyOf(contact.name),
        informedAt: new Date(now.getTime() - (100 - index * 5) * DAY),
        doNotContact: contact.doNotContact ?? false,
        unsubscribedAt: contact.unsubscribed ? new Date(now.getTime() - 7 * DAY) : null,
        unsubscribeToken: randomBytes(24).toString("base64url"),
        lists: { create: contact.lists.map((list) => ({ listId: requireId(lists, list) })) },
      },
      select: { id: true },
    });
  }
}

function requireId(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Demo data: unknown reference "${key}"`);
  return id;
}

function formatCzechDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "cs-CZ", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Prague",
  }).format(date);
}

/** For tests and the README: what the demo data contains. */
export const DEMO_COUNTS = {
  topics: DEMO_TOPICS.length,
  resolutions: DEMO_RESOLUTIONS.length,
  releases: DEMO_RELEASES.length,
  published: DEMO_RELEASES.filter((r) => r.status === "PUBLISHED").length,
  outlets: DEMO_OUTLETS.length,
  contacts: DEMO_CONTACTS.length,
  lists: DEMO_LISTS.length,
  memberships: DEMO_CONTACTS.reduce((sum, contact) => sum + contact.lists.length, 0),
};
