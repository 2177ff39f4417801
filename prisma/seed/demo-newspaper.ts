// Demo data of the city paper (fictional; Czech): "Hornolhotecký zpravodaj", a monthly, with a year of
// issues around `now` (past ones DISTRIBUTED with a final PDF in file storage, the next one EDITING with its
// deadlines near, the one after PLANNING), ~150 articles (staff and contributors, council members' opinions
// of five clubs), contributors, the rate card, ~20 advertisers with orders placed on pages.
// Idempotent: nothing is added when the publication exists (matched by name).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../src/server/db-client";

export const DEMO_PUBLICATION = "Hornolhotecký zpravodaj";
const PAGES = 16;
const CAPACITY = 5500;

const CLUBS: Array<[string, number]> = [
  ["Pro Horní Lhotu", 9],
  ["Občanští demokraté", 6],
  ["Zelení a nezávislí", 5],
  ["Lhotečtí sousedé", 4],
  ["Sociální demokraté", 3],
];

type Kind = "CLUB" | "SCHOOL" | "COUNCIL_MEMBER" | "ORGANISATION" | "CITIZEN";
const CONTRIBUTORS: Array<{ name: string; email: string; kind: Kind; organisation: string; club?: string }> = [
  { name: "Josef Malý", email: "sokol@sokol-lhota.example", kind: "CLUB", organisation: "TJ Sokol Horní Lhota" },
  { name: "Václav Brož", email: "hasici@sdh-lhota.example", kind: "CLUB", organisation: "SDH Horní Lhota" },
  { name: "Karel Rybář", email: "info@rybari-lhota.example", kind: "CLUB", organisation: "Místní organizace rybářů" },
  { name: "Marie Včelková", email: "vcelari@lhota.example", kind: "CLUB", organisation: "Základní organizace včelařů" },
  { name: "Lenka Toulavá", email: "kct@lhota.example", kind: "CLUB", organisation: "Klub českých turistů" },
  { name: "Mgr. Ivana Šťastná", email: "reditelka@zs-komenskeho.example", kind: "SCHOOL", organisation: "ZŠ Komenského" },
  { name: "Bc. Petra Jarošová", email: "ms-slunicko@lhota.example", kind: "SCHOOL", organisation: "MŠ Sluníčko" },
  { name: "PhDr. Aleš Horák", email: "gymnazium@gym-lhota.example", kind: "SCHOOL", organisation: "Gymnázium Horní Lhota" },
  { name: "Zdeňka Knížková", email: "knihovna@lhota.example", kind: "ORGANISATION", organisation: "Městská knihovna" },
  { name: "P. Michal Dobrý", email: "farnost@lhota.example", kind: "ORGANISATION", organisation: "Římskokatolická farnost" },
  { name: "Anna Veselá", email: "senior-klub@lhota.example", kind: "ORGANISATION", organisation: "Senior klub" },
  { name: "Ing. Roman Pešek", email: "roman.pesek@pro-lhotu.example", kind: "COUNCIL_MEMBER", organisation: "zastupitel", club: "Pro Horní Lhotu" },
  { name: "Mgr. Eva Tichá", email: "eva.ticha@ods-lhota.example", kind: "COUNCIL_MEMBER", organisation: "zastupitelka", club: "Občanští demokraté" },
  { name: "Tomáš Zelený", email: "tomas.zeleny@zeleni-lhota.example", kind: "COUNCIL_MEMBER", organisation: "zastupitel", club: "Zelení a nezávislí" },
  { name: "Jitka Sousedová", email: "jitka.sousedova@sousede.example", kind: "COUNCIL_MEMBER", organisation: "zastupitelka", club: "Lhotečtí sousedé" },
  { name: "Bohumil Červený", email: "bohumil.cerveny@cssd-lhota.example", kind: "COUNCIL_MEMBER", organisation: "zastupitel", club: "Sociální demokraté" },
];

const STAFF_TOPICS = [
  "Slovo starostky", "Z jednání rady města", "Rekonstrukce náměstí pokračuje", "Nové parkovací zóny", "Svoz bioodpadu", "Kulturní kalendář",
  "Investice do škol", "Cyklostezka do Lukà", "Oprava mostu přes Lhotku", "Výsledky sčítání dopravy", "Sociální služby ve městě", "Gratulujeme jubilantům",
  "Městská policie informuje", "Změny v MHD", "Dotace pro spolky", "Rozpočet města", "Zeleň ve městě", "Vítání občánků",
].map((title) => title.replace("Lukà", "Luk"));
const CONTRIBUTOR_TOPICS = ["Ohlédnutí za sezónou", "Pozvánka na výroční schůzi", "Úspěchy našich žáků", "Den otevřených dveří", "Nová výstava", "Zájezd do Krkonoš", "Sbírka pro útulek", "Jarní úklid břehů"];
const COUNCIL_TOPICS = ["Názor: rozpočet potřebuje priority", "Názor: doprava v centru", "Názor: kam s penězi za parkování", "Názor: školy na prvním místě", "Názor: zeleň místo betonu", "Názor: transparentní radnice"];
const SENTENCES = [
  "Město Horní Lhota pokračuje v přípravách, o kterých jsme psali v minulém čísle.",
  "Občané se mohou informovat na odboru správy majetku nebo na webu města.",
  "Práce by měly skončit do konce měsíce, pokud to dovolí počasí.",
  "Děkujeme všem, kteří se zapojili a pomohli s přípravou.",
  "Vstup je zdarma, občerstvení zajistí místní spolky.",
  "Rada města projednala návrh a doporučila jej zastupitelstvu ke schválení.",
  "Podrobnosti najdete na úřední desce a v kalendáři akcí.",
  "Na akci se podílely i děti z mateřské a základní školy.",
  "Připomínky je možné podávat do konce měsíce na podatelně městského úřadu.",
  "Zastupitelstvo se sejde v zasedací místnosti radnice, jednání je veřejné.",
];

const ADVERTISERS: Array<[string, string, string]> = [
  ["Pekárna U Věže s.r.o.", "Náměstí Míru 12", "Horní Lhota"],
  ["Autoservis Novák", "Průmyslová 4", "Horní Lhota"],
  ["Lékárna Na Rohu s.r.o.", "Masarykovo náměstí 3", "Horní Lhota"],
  ["Stavebniny Lhotka a.s.", "Nádražní 88", "Horní Lhota"],
  ["Kadeřnictví Vlasta", "Husova 7", "Horní Lhota"],
  ["Restaurace Na Hrázi", "Rybniční 2", "Horní Lhota"],
  ["Realitní kancelář Domov s.r.o.", "Palackého 15", "Dolní Lhota"],
  ["Optika Jasný pohled", "Masarykovo náměstí 9", "Horní Lhota"],
  ["Zahradnictví Květa", "Zahradní 21", "Horní Lhota"],
  ["Elektro Blesk s.r.o.", "Tovární 5", "Horní Lhota"],
  ["Pohřební služba Klid", "Hřbitovní 1", "Horní Lhota"],
  ["Autoškola Zelená vlna", "Školní 6", "Horní Lhota"],
  ["Cukrárna Marcipán", "Kostelní 4", "Horní Lhota"],
  ["Truhlářství Dub s.r.o.", "Lesní 30", "Luka"],
  ["Fitness Síla", "Sportovní 2", "Horní Lhota"],
  ["Veterinární ordinace MVDr. Liška", "Polní 11", "Horní Lhota"],
  ["Pojišťovací poradce Jistota", "Palackého 2", "Horní Lhota"],
  ["Instalatérství Voda a topení", "Družstevní 17", "Horní Lhota"],
  ["Kavárna U Knihovny", "Komenského 1", "Horní Lhota"],
  ["Pneuservis Kolo s.r.o.", "Průmyslová 19", "Horní Lhota"],
];
const RATES: Array<[string, string, number, number]> = [
  ["1/1", "celá strana", 10_000, 1_800_000],
  ["1/2", "polovina strany", 5_000, 980_000],
  ["1/4", "čtvrtina strany", 2_500, 520_000],
  ["1/8", "osmina strany", 1_250, 280_000],
  ["1/16", "šestnáctina strany", 625, 150_000],
];

/** A fictional IČO with a valid check digit (the base is made up from the index). */
function ico(index: number): string {
  const base = String(27_100_000 + index * 7_919).slice(0, 7).padStart(7, "0");
  const sum = [...base].reduce((total, digit, position) => total + Number(digit) * (8 - position), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

function paragraphs(seed: number, count: number): string {
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    const sentences = Array.from({ length: 4 + ((seed + index) % 4) }, (_, offset) => SENTENCES[(seed * 3 + index * 5 + offset) % SENTENCES.length]);
    out.push(sentences.join(" "));
  }
  return out.join("\n\n");
}

function chars(...parts: string[]): number {
  return parts.reduce((sum, part) => sum + [...part.replace(/[ \t]+/g, " ").trim().normalize("NFC")].length, 0);
}

/** A one-page PDF (Helvetica, ASCII) standing in for the printed issue in the demo archive. */
function demoPdf(title: string, lines: string[]): Uint8Array {
  const ascii = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[()\\]/g, "");
  const content = [`BT /F1 28 Tf 60 760 Td (${ascii(title)}) Tj ET`, ...lines.map((line, index) => `BT /F1 13 Tf 60 ${720 - index * 22} Td (${ascii(line)}) Tj ET`)].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}

/** Writes a file where the app's LocalDiskStorage reads it (STORAGE_DIR, two-letter folder, the key). */
async function storeFile(key: string, bytes: Uint8Array) {
  const root = path.resolve(process.env.STORAGE_DIR || ".data/uploads");
  const target = path.resolve(root, key.slice(0, 2), key);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes);
}

export async function seedNewspaper(db: Db, now: Date) {
  if (await db.publication.findFirst({ where: { name: DEMO_PUBLICATION }, select: { id: true } })) return;
  const staff = await db.user.findMany({ where: { email: { in: ["pr@herald.example", "spokesperson@herald.example", "head@herald.example", "marketa.souckova@herald.example"] } }, select: { id: true, email: true, name: true } });
  const byEmail = new Map(staff.map((user) => [user.email, user]));
  const pr = byEmail.get("pr@herald.example");
  const spokesperson = byEmail.get("spokesperson@herald.example");
  if (!pr || !spokesperson) return; // the demo office's staff come first (demo-data.ts)
  const editors = [pr, byEmail.get("marketa.souckova@herald.example") ?? pr];
  const today = utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

  const publication = await db.publication.create({
    data: { name: DEMO_PUBLICATION, frequency: "MONTHLY", printRun: 5200, priceMinor: null, toHouseholds: true, pickUpPoints: "Informační centrum, Masarykovo náměstí 1\nMěstská knihovna\nKulturní dům", pageCapacityChars: CAPACITY },
  });
  const lastYear = now.getUTCFullYear() - 1;
  await db.adSize.createMany({ data: RATES.map(([code, label, share, price]) => ({ publicationId: publication.id, code, label, pageShareBp: share, priceMinor: price, vatPercent: 21, validFrom: utc(lastYear, 0, 1) })) });
  const sizes = await db.adSize.findMany({ where: { publicationId: publication.id } });
  const sizeByCode = new Map(sizes.map((size) => [size.code, size]));

  for (const [name, seats] of CLUBS) await db.councilClub.upsert({ where: { name }, update: {}, create: { name, seats } });
  const clubs = new Map((await db.councilClub.findMany({ select: { id: true, name: true } })).map((club) => [club.name, club.id]));

  await db.contributor.createMany({ data: CONTRIBUTORS.map((c) => ({ name: c.name, email: c.email, kind: c.kind, organisation: c.organisation, councilClubId: c.club ? clubs.get(c.club)! : null })) });
  const contributors = await db.contributor.findMany({ where: { email: { in: CONTRIBUTORS.map((c) => c.email) } }, orderBy: { email: "asc" } });
  const councilMembers = contributors.filter((c) => c.kind === "COUNCIL_MEMBER");
  const outsiders = contributors.filter((c) => c.kind !== "COUNCIL_MEMBER");

  await db.advertiser.createMany({
    data: ADVERTISERS.map(([company, street, city], index) => ({
      company,
      ico: ico(index),
      vatId: index % 3 === 2 ? null : `CZ${ico(index)}`,
      street,
      city,
      postalCode: city === "Horní Lhota" ? "79301" : "79302",
      contactPerson: ["Jan Kovář", "Petra Malá", "Lukáš Dvořák", "Hana Králová", "Milan Horák"][index % 5],
      email: `inzerce${index + 1}@firma-${index + 1}.example`,
      phone: `+420 601 ${String(200 + index).padStart(3, "0")} ${String(300 + index * 7).slice(-3)}`,
    })),
  });
  const advertisers = await db.advertiser.findMany({ where: { company: { in: ADVERTISERS.map(([company]) => company) } }, orderBy: { company: "asc" } });

  // Thirteen monthly issues: distributed on the 5th of the month; deadlines on the 24th/25th, print on the 28th of the month before.
  const firstMonth = now.getUTCMonth() - 11;
  let nextFound = false;
  for (let offset = 0; offset < 13; offset++) {
    const month = utc(now.getUTCFullYear(), firstMonth + offset, 1);
    const year = month.getUTCFullYear();
    const m = month.getUTCMonth();
    const distributionDate = utc(year, m, 5);
    const printDate = utc(year, m - 1, 28);
    const adDeadline = utc(year, m - 1, 25);
    const editorialDeadline = utc(year, m - 1, 24);
    let status: "DISTRIBUTED" | "EDITING" | "PLANNING";
    if (distributionDate < today) status = "DISTRIBUTED";
    else if (!nextFound) {
      status = "EDITING";
      nextFound = true;
    } else status = "PLANNING";
    const number = m + 1;
    const issueId = randomUUID();
    const finalKey = status === "DISTRIBUTED" ? `${randomUUID()}-final.pdf` : null;
    let pdfBytes = 0;
    if (finalKey) {
      const pdf = demoPdf(`${DEMO_PUBLICATION} ${number}/${year}`, ["Mestsky mesicnik mesta Horni Lhota", `Vyslo ${distributionDate.toISOString().slice(0, 10)}`, "Demonstracni PDF tisteneho vydani."]);
      await storeFile(finalKey, pdf);
      pdfBytes = pdf.length;
    }
    await db.newspaperIssue.create({
      data: {
        id: issueId,
        publicationId: publication.id,
        number,
        year,
        title: ["", "Jaro ve městě", "", "Rozpočet", "", "Léto", "", "Prázdniny", "Školní rok", "", "Dušičky", "Advent"][m] ?? "",
        editorialDeadline,
        adDeadline,
        printDate,
        distributionDate,
        pageCount: PAGES,
        status,
        finalPdfKey: finalKey,
        finalPdfName: finalKey ? `zpravodaj-${year}-${String(number).padStart(2, "0")}.pdf` : null,
        finalPdfBytes: finalKey ? pdfBytes : null,
        finalPdfUploadedAt: finalKey ? printDate : null,
        finalPdfUploadedById: finalKey ? spokesperson.id : null,
        createdById: spokesperson.id,
      },
    });

    // Articles: 8 staff, 3 contributors, 2 council members (the next issue: a working mix).
    const articles: Array<Record<string, unknown>> = [];
    const revisions: Array<Record<string, unknown>> = [];
    const seed = offset * 13;
    let page = 2;
    const plan = (size: number) => {
      if (status !== "DISTRIBUTED") return null;
      const current = page;
      page = page >= PAGES - 1 ? 2 : page + (size > 3500 ? 1 : 0) + (offset + page) % 2;
      return Math.min(current, PAGES - 1);
    };
    const add = (input: { title: string; authorName: string; source: "STAFF" | "CONTRIBUTOR"; contributorId?: string; councilClubId?: string | null; allotted?: number; paragraphsCount: number; state?: string; firstPage?: boolean }) => {
      const id = randomUUID();
      const perex = SENTENCES[(seed + articles.length) % SENTENCES.length];
      const body = paragraphs(seed + articles.length, input.paragraphsCount);
      const count = chars(input.title, perex, body);
      const workingStates = ["SUBMITTED", "SUBMITTED", "EDITING", "EDITING", "PROOFREADING", "APPROVED", "APPROVED", "PLACED", "PLACED", "EDITING", "SUBMITTED", "PROOFREADING", "PLACED"];
      const planned = status === "DISTRIBUTED" ? "PLACED" : status === "PLANNING" ? "SUBMITTED" : (input.state ?? workingStates[articles.length % workingStates.length]);
      // Staff write their own articles: they start in editing, never "submitted".
      const articleStatus = input.source === "STAFF" && planned === "SUBMITTED" ? "EDITING" : planned;
      const pageNumber = articleStatus === "PLACED" ? (input.firstPage ? 1 : (plan(count) ?? 3 + (articles.length % 5))) : null;
      const submittedAt = new Date(editorialDeadline.getTime() - (10 - (articles.length % 7)) * 86_400_000);
      articles.push({
        id,
        issueId,
        title: input.title,
        perex,
        body,
        authorName: input.authorName,
        source: input.source,
        contributorId: input.contributorId ?? null,
        councilClubId: input.councilClubId ?? null,
        status: articleStatus,
        allottedChars: input.allotted ?? null,
        charCount: count,
        page: pageNumber,
        pageOrder: articles.length,
        editorId: articleStatus === "SUBMITTED" ? null : editors[articles.length % 2].id,
        approvedAt: ["APPROVED", "PLACED"].includes(articleStatus) ? new Date(editorialDeadline.getTime() + 2 * 86_400_000) : null,
        approvedById: ["APPROVED", "PLACED"].includes(articleStatus) ? spokesperson.id : null,
        submittedAt,
        createdById: input.source === "STAFF" ? pr.id : null,
      });
      revisions.push({ articleId: id, number: 1, title: input.title, perex, body, charCount: count, createdById: input.source === "STAFF" ? pr.id : null, createdAt: submittedAt });
      if (articleStatus !== "SUBMITTED" && input.source === "CONTRIBUTOR") {
        revisions.push({ articleId: id, number: 2, title: input.title, perex, body: `${body}\n\n${SENTENCES[(seed + 4) % SENTENCES.length]}`, charCount: count, createdById: editors[0].id, note: "redakční úprava", createdAt: new Date(submittedAt.getTime() + 86_400_000) });
      }
      return id;
    };
    add({ title: "Slovo starostky", authorName: "Mgr. Helena Vávrová, starostka", source: "STAFF", paragraphsCount: 3, firstPage: true, state: "PLACED" });
    for (let index = 1; index < 8; index++) add({ title: STAFF_TOPICS[(offset * 3 + index) % STAFF_TOPICS.length], authorName: editors[index % 2].name, source: "STAFF", paragraphsCount: 2 + (index % 4) });
    for (let index = 0; index < 3; index++) {
      const contributor = outsiders[(offset * 3 + index) % outsiders.length];
      add({ title: `${CONTRIBUTOR_TOPICS[(offset + index) % CONTRIBUTOR_TOPICS.length]} – ${contributor.organisation}`, authorName: `${contributor.name}, ${contributor.organisation}`, source: "CONTRIBUTOR", contributorId: contributor.id, allotted: 2500, paragraphsCount: 2 + (index % 2) });
    }
    // Council members' opinions: the larger clubs write more often (an imbalance the report shows).
    for (let index = 0; index < 2; index++) {
      const member = councilMembers[(offset + index * 2) % (offset % 4 === 0 ? councilMembers.length : 3)];
      add({ title: COUNCIL_TOPICS[(offset + index) % COUNCIL_TOPICS.length], authorName: member.name, source: "CONTRIBUTOR", contributorId: member.id, councilClubId: member.councilClubId, allotted: 1800, paragraphsCount: 2 });
    }
    if (status === "DISTRIBUTED" && offset % 3 === 0) {
      const contributor = outsiders[offset % outsiders.length];
      const id = randomUUID();
      const body = paragraphs(seed + 99, 1);
      articles.push({ id, issueId, title: "Inzerce akce mimo město", perex: "", body, authorName: contributor.name, source: "CONTRIBUTOR", contributorId: contributor.id, status: "REJECTED", rejectionReason: "Komerční pozvánky otiskujeme jen jako placenou inzerci.", rejectedAt: editorialDeadline, rejectionMailStatus: "SENT", charCount: chars(body), submittedAt: editorialDeadline });
      revisions.push({ articleId: id, number: 1, title: "Inzerce akce mimo město", perex: "", body, charCount: chars(body), createdAt: editorialDeadline });
    }
    await db.article.createMany({ data: articles as never });
    await db.articleRevision.createMany({ data: revisions as never });

    if (status === "EDITING") {
      // Proofreading rounds with a comment for the articles in proofreading; links for contributors.
      for (const article of articles.filter((a) => a.status === "PROOFREADING")) {
        const round = await db.articleProofRound.create({ data: { articleId: article.id as string, number: 1, openedById: pr.id, openedAt: new Date(now.getTime() - 86_400_000) } });
        await db.articleComment.create({ data: { articleId: article.id as string, roundId: round.id, authorId: spokesperson.id, body: "Prosím sjednotit zápis dat (1. 5. 2026) a zkrátit druhý odstavec." } });
      }
      await db.contributorInvite.createMany({
        data: [...outsiders.slice(0, 4), ...councilMembers].map((contributor) => ({
          issueId,
          contributorId: contributor.id,
          tokenHash: createHash("sha256").update(randomBytes(24).toString("base64url")).digest("hex"),
          allottedChars: contributor.kind === "COUNCIL_MEMBER" ? 1800 : 2500,
          brief: contributor.kind === "COUNCIL_MEMBER" ? "Názor zastupitele, nejvýše 1 800 znaků." : "Příspěvek o činnosti organizace.",
          deadline: editorialDeadline,
          submissions: articles.filter((a) => a.contributorId === contributor.id).length,
          createdById: pr.id,
        })),
      });
    }

    // Ad orders: 4–6 per issue, placed on the back pages of the printed ones.
    const orders = Array.from({ length: 4 + (offset % 3) }, (_, index) => {
      const size = sizeByCode.get(["1/4", "1/8", "1/2", "1/16", "1/8", "1/1"][(offset + index) % 6])!;
      const advertiser = advertisers[(offset * 5 + index * 3) % advertisers.length];
      const placed = status === "DISTRIBUTED" || (status === "EDITING" && index < 2);
      const discount = index % 4 === 3 ? 10 : 0;
      return {
        advertiserId: advertiser.id,
        issueId,
        adSizeId: size.id,
        sizeCode: size.code,
        pageShareBp: size.pageShareBp,
        priceMinor: Math.round((size.priceMinor * (100 - discount)) / 100),
        vatPercent: size.vatPercent,
        placement: index === 0 ? "zadní strana" : "",
        page: placed ? (index === 0 ? PAGES : PAGES - 1 - (index % 3)) : null,
        pageOrder: 10 + index,
        status: placed ? ("PLACED" as const) : ("ORDERED" as const),
        createdById: pr.id,
        createdAt: new Date(adDeadline.getTime() - (12 - index) * 86_400_000),
      };
    });
    await db.adOrder.createMany({ data: orders });
  }
}
