// Demo media contacts for the fictional city of Horní Lhota: ~40 outlets and ~150 journalists, made
// deterministically from their index (no randomness but the unsubscribe tokens), so a second run finds
// everything by its natural key (outlet name, e-mail, list name) and changes nothing. Every person and
// outlet is invented; e-mails and websites use reserved *.example domains.
import { randomBytes } from "node:crypto";
import type { Db } from "../../src/server/db-client";
import { contactSearchText, nameKeyOf, outletSearchText } from "../../src/features/media-contacts/normalize";

const DAY = 24 * 60 * 60 * 1000;
const LEGAL_BASIS = "veřejný zájem – čl. 6 odst. 1 písm. e) GDPR";
const SOURCES = ["web redakce", "vizitka z tiskové konference", "tiráž časopisu", "e-mail od novináře", "adresář médií kraje"];

type Kind = "PRINT" | "TV" | "RADIO" | "ONLINE" | "AGENCY" | "SOCIAL";
const OUTLETS: Array<{ name: string; kind: Kind; region: string; slug: string }> = [
  { name: "Deník Podhůří", kind: "PRINT", region: "Podhůří", slug: "denik-podhuri" },
  { name: "Večerník Horní Lhota", kind: "PRINT", region: "Horní Lhota", slug: "vecernik-hl" },
  { name: "Týdeník Dolní Poříčí", kind: "PRINT", region: "Podhůří", slug: "tydenik-porici" },
  { name: "Zpravodaj Kamenné Údolí", kind: "PRINT", region: "Podhůří", slug: "zpravodaj-udoli" },
  { name: "Krajské listy", kind: "PRINT", region: "kraj", slug: "krajske-listy" },
  { name: "Národní deník", kind: "PRINT", region: "celostátní", slug: "narodni-denik" },
  { name: "Hospodářský týdeník Střed", kind: "PRINT", region: "celostátní", slug: "tydenik-stred" },
  { name: "Měsíčník Zámecký vrch", kind: "PRINT", region: "Horní Lhota", slug: "zamecky-vrch" },
  { name: "Časopis Žijeme v kraji", kind: "PRINT", region: "kraj", slug: "zijeme-v-kraji" },
  { name: "Školní noviny Podhůří", kind: "PRINT", region: "Podhůří", slug: "skolni-noviny" },
  { name: "Rádio Podhůří", kind: "RADIO", region: "Podhůří", slug: "radio-podhuri" },
  { name: "Rádio Kraj plus", kind: "RADIO", region: "kraj", slug: "radio-kraj" },
  { name: "Český rozhlas Sever", kind: "RADIO", region: "kraj", slug: "rozhlas-sever" },
  { name: "Rádio Úsměv", kind: "RADIO", region: "Horní Lhota", slug: "radio-usmev" },
  { name: "Rádio Žurnál Střed", kind: "RADIO", region: "celostátní", slug: "zurnal-stred" },
  { name: "Rádio Čtyřlístek", kind: "RADIO", region: "Podhůří", slug: "radio-ctyrlistek" },
  { name: "Televize Kraj", kind: "TV", region: "kraj", slug: "tv-kraj" },
  { name: "Lhotecká televize", kind: "TV", region: "Horní Lhota", slug: "lhotecka-tv" },
  { name: "Zprávy ČT Střed", kind: "TV", region: "celostátní", slug: "ct-stred" },
  { name: "TV Údolí", kind: "TV", region: "Podhůří", slug: "tv-udoli" },
  { name: "Lhotecký zpravodajský portál", kind: "ONLINE", region: "Horní Lhota", slug: "lhota-portal" },
  { name: "Podhůří dnes", kind: "ONLINE", region: "Podhůří", slug: "podhuri-dnes" },
  { name: "Krajský web iKraj", kind: "ONLINE", region: "kraj", slug: "ikraj" },
  { name: "Město a lidé", kind: "ONLINE", region: "Horní Lhota", slug: "mesto-a-lide" },
  { name: "Doprava online", kind: "ONLINE", region: "celostátní", slug: "doprava-online" },
  { name: "Kulturní průvodce Podhůřím", kind: "ONLINE", region: "Podhůří", slug: "kultura-podhuri" },
  { name: "Ekonomický server Peníze dnes", kind: "ONLINE", region: "celostátní", slug: "penize-dnes" },
  { name: "Sportovní Lhota", kind: "ONLINE", region: "Horní Lhota", slug: "sport-lhota" },
  { name: "Zelené zprávy", kind: "ONLINE", region: "celostátní", slug: "zelene-zpravy" },
  { name: "Blog Lhotecké čtvrti", kind: "ONLINE", region: "Horní Lhota", slug: "ctvrti-blog" },
  { name: "Regionální agentura Střed", kind: "AGENCY", region: "kraj", slug: "agentura-stred" },
  { name: "Foto a zprávy – agentura Obraz", kind: "AGENCY", region: "celostátní", slug: "agentura-obraz" },
  { name: "Středoevropská tisková kancelář", kind: "AGENCY", region: "celostátní", slug: "stk" },
  { name: "Lhota na síti", kind: "SOCIAL", region: "Horní Lhota", slug: "lhota-na-siti" },
];

const FIRST_F = ["Jana", "Kateřina", "Lucie", "Tereza", "Alžběta", "Markéta", "Zuzana", "Šárka", "Věra", "Ivana", "Božena", "Dagmar", "Radka", "Michaela", "Žaneta"];
const FIRST_M = ["Jiří", "Tomáš", "Lukáš", "Ondřej", "Matěj", "Václav", "Štěpán", "Přemysl", "Radim", "Zdeněk", "Bořek", "Dušan", "Miloš", "Čeněk", "Řehoř"];
const SURNAMES: Array<[string, string]> = [
  ["Dvořák", "Dvořáková"], ["Černý", "Černá"], ["Procházka", "Procházková"], ["Kučera", "Kučerová"], ["Veselý", "Veselá"],
  ["Horák", "Horáková"], ["Němec", "Němcová"], ["Pospíšil", "Pospíšilová"], ["Hájek", "Hájková"], ["Jelínek", "Jelínková"],
  ["Růžička", "Růžičková"], ["Šťastný", "Šťastná"], ["Křížek", "Křížková"], ["Žák", "Žáková"], ["Čermák", "Čermáková"],
  ["Tůma", "Tůmová"], ["Říha", "Říhová"], ["Šimek", "Šimková"], ["Bureš", "Burešová"], ["Vávra", "Vávrová"],
];
const BEATS = ["doprava", "radnice", "kultura", "školství", "zdravotnictví", "sport", "životní prostředí", "investice", "bezpečnost", "sociální služby", "ekonomika", "regiony"];
const ROLES = ["redaktor/ka", "reportér/ka", "editor/ka", "šéfredaktor/ka", "moderátor/ka", "fotoreportér/ka"];

export const DEMO_CONTACT_COUNTS = { outlets: OUTLETS.length, contacts: 150, smartLists: 1, doNotContact: 3, informOverdue: 5, affiliations: 10 };
const FURTHER_ROLES = ["externí spolupracovník/ce", "zpravodaj/ka", "komentátor/ka"];

function ascii(value: string) {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/** The index-th journalist: name, outlet, beats, languages and GDPR fields all follow from the index. */
function journalist(index: number, now: Date) {
  const female = index % 2 === 0;
  const first = (female ? FIRST_F : FIRST_M)[(index * 7) % 15];
  const [male, fem] = SURNAMES[(index * 3 + Math.floor(index / 20)) % SURNAMES.length];
  let name = `${first} ${female ? fem : male}`;
  let outlet = OUTLETS[index % OUTLETS.length];
  // One likely duplicate: the same person entered twice at one outlet, the name in another order.
  if (index === 148) name = "Kateřina Horáková";
  if (index === 149) name = "Horáková Kateřina";
  if (index >= 148) outlet = OUTLETS[0];
  const beats = [BEATS[index % BEATS.length], ...(index % 3 === 0 ? [BEATS[(index + 5) % BEATS.length]] : [])];
  if (index >= 148) beats.splice(0, beats.length, "doprava");
  const languages = index % 5 === 0 ? ["cs", "en"] : index % 11 === 0 ? ["cs", "de"] : ["cs"];
  const createdAt = new Date(now.getTime() - (35 + ((index * 13) % 500)) * DAY);
  const overdue = index % 30 === 7; // 5 of 150: created over a month ago, never informed
  const doNotContact = index % 50 === 21; // 3 of 150
  // 10 of 150 write for a further outlet (freelancers, correspondents); never the primary one.
  const further = index % 15 === 4 ? { outlet: OUTLETS[(index + 12) % OUTLETS.length].name, role: FURTHER_ROLES[index % FURTHER_ROLES.length] } : null;
  return {
    further,
    name,
    email: `${ascii(first)}.${ascii(female ? fem : male)}.${index + 1}@${outlet.slug}.example`,
    outlet: outlet.name,
    role: ROLES[index % ROLES.length],
    beats,
    languages,
    phone: index % 4 === 0 ? `+420 5${String(10 + (index % 90)).padStart(2, "0")} ${String(100 + index).padStart(3, "0")} ${String(200 + index * 3).slice(-3)}` : null,
    mobile: index % 6 === 0 ? `+420 7${String(20 + (index % 70)).padStart(2, "0")} ${String(300 + index).slice(-3)} ${String(500 + index * 7).slice(-3)}` : null,
    notes: index % 9 === 0 ? "Preferuje telefonát před e-mailem; neposílat přílohy nad 5 MB." : null,
    source: SOURCES[index % SOURCES.length],
    createdAt,
    informedAt: overdue ? null : new Date(createdAt.getTime() + (3 + (index % 20)) * DAY),
    doNotContact,
    doNotContactReason: doNotContact ? "Požádal/a o nezasílání tiskových zpráv." : null,
  };
}

export async function seedContacts(db: Db, now: Date) {
  for (const outlet of OUTLETS) {
    await db.mediaOutlet.upsert({
      where: { name: outlet.name },
      update: {},
      create: {
        name: outlet.name,
        kind: outlet.kind,
        region: outlet.region,
        website: `https://${outlet.slug}.example`,
        rssUrl: outlet.kind === "SOCIAL" || outlet.kind === "AGENCY" ? null : `https://${outlet.slug}.example/rss`,
        searchText: outletSearchText({ name: outlet.name, region: outlet.region }),
      },
    });
  }
  const outletIds = new Map((await db.mediaOutlet.findMany({ select: { id: true, name: true } })).map((o) => [o.name, o.id]));
  for (let index = 0; index < DEMO_CONTACT_COUNTS.contacts; index++) {
    const { outlet, further, ...person } = journalist(index, now);
    if (await db.mediaContact.findUnique({ where: { email: person.email }, select: { id: true } })) continue;
    await db.mediaContact.create({
      data: {
        ...person,
        outletId: outletIds.get(outlet)!,
        ...(further ? { affiliations: { create: [{ outletId: outletIds.get(further.outlet)!, role: further.role, position: 0 }] } } : {}),
        legalBasis: LEGAL_BASIS,
        unsubscribeToken: randomBytes(24).toString("base64url"),
        searchText: contactSearchText(person),
        nameKey: nameKeyOf(person.name),
      },
      select: { id: true },
    });
  }
  await db.distributionList.upsert({
    where: { name: "Doprava – regionální média" },
    update: {},
    create: {
      name: "Doprava – regionální média",
      description: "Chytrý seznam: novináři s tématem doprava v regionálních médiích (Horní Lhota, Podhůří).",
      kind: "SMART",
      criteria: { beats: ["doprava"], regions: ["Horní Lhota", "Podhůří"], outletKinds: [], languages: [] },
    },
  });
}
