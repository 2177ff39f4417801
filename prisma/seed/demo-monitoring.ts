// Demo media monitoring of the fictional city of Horní Lhota: 25 sources (fictional outlets; the feeds
// point to reserved .example.invalid hosts and are inactive, so `npm start` never polls the internet),
// keywords with topics, ~2,000 clippings over the three months before now (Czech and some English
// titles, syndicated stories in several outlets, sentiment and status as staff would have left them),
// a few response cases and two morning briefings. Idempotent: nothing is added when any source exists.
import { buildBriefingContent } from "../../src/features/monitoring/briefing-content";
import { normalizeText, normalizeUrl, syndicationKey } from "../../src/features/monitoring/text";
import type { Db } from "../../src/server/db-client";

const DAY = 24 * 60 * 60 * 1000;

type MediaType = "ONLINE" | "PRINT" | "TV" | "RADIO" | "AGENCY" | "SOCIAL";
const SOURCES: Array<{ outlet: string; mediaType: MediaType; slug: string; reach: number; feed: boolean }> = [
  { outlet: "Deník Podhůří", mediaType: "PRINT", slug: "denik-podhuri", reach: 38_000, feed: true },
  { outlet: "Večerník Horní Lhota", mediaType: "PRINT", slug: "vecernik-hl", reach: 12_000, feed: false },
  { outlet: "Týdeník Dolní Poříčí", mediaType: "PRINT", slug: "tydenik-porici", reach: 6_500, feed: false },
  { outlet: "Krajské listy", mediaType: "PRINT", slug: "krajske-listy", reach: 64_000, feed: true },
  { outlet: "Národní deník", mediaType: "PRINT", slug: "narodni-denik", reach: 410_000, feed: true },
  { outlet: "Měsíčník Zámecký vrch", mediaType: "PRINT", slug: "zamecky-vrch", reach: 4_000, feed: false },
  { outlet: "Rádio Podhůří", mediaType: "RADIO", slug: "radio-podhuri", reach: 52_000, feed: false },
  { outlet: "Český rozhlas Sever", mediaType: "RADIO", slug: "rozhlas-sever", reach: 120_000, feed: true },
  { outlet: "Rádio Úsměv", mediaType: "RADIO", slug: "radio-usmev", reach: 18_000, feed: false },
  { outlet: "Televize Kraj", mediaType: "TV", slug: "tv-kraj", reach: 95_000, feed: true },
  { outlet: "Lhotecká televize", mediaType: "TV", slug: "lhotecka-tv", reach: 22_000, feed: false },
  { outlet: "Zprávy ČT Střed", mediaType: "TV", slug: "ct-stred", reach: 650_000, feed: true },
  { outlet: "Lhotecký zpravodajský portál", mediaType: "ONLINE", slug: "lhota-portal", reach: 30_000, feed: true },
  { outlet: "Podhůří dnes", mediaType: "ONLINE", slug: "podhuri-dnes", reach: 45_000, feed: true },
  { outlet: "Krajský web iKraj", mediaType: "ONLINE", slug: "ikraj", reach: 80_000, feed: true },
  { outlet: "Město a lidé", mediaType: "ONLINE", slug: "mesto-a-lide", reach: 9_000, feed: true },
  { outlet: "Doprava online", mediaType: "ONLINE", slug: "doprava-online", reach: 70_000, feed: true },
  { outlet: "Kulturní průvodce Podhůřím", mediaType: "ONLINE", slug: "kultura-podhuri", reach: 15_000, feed: true },
  { outlet: "Ekonomický server Peníze dnes", mediaType: "ONLINE", slug: "penize-dnes", reach: 210_000, feed: true },
  { outlet: "Zelené zprávy", mediaType: "ONLINE", slug: "zelene-zpravy", reach: 60_000, feed: true },
  { outlet: "Blog Lhotecké čtvrti", mediaType: "ONLINE", slug: "ctvrti-blog", reach: 3_000, feed: true },
  { outlet: "Central European Cities Review", mediaType: "ONLINE", slug: "cecr", reach: 25_000, feed: true },
  { outlet: "Regional Business Wire", mediaType: "AGENCY", slug: "rbw", reach: 40_000, feed: true },
  { outlet: "Česká zpravodajská agentura", mediaType: "AGENCY", slug: "czpa", reach: 300_000, feed: true },
  { outlet: "Horní Lhota na sítích", mediaType: "SOCIAL", slug: "socialni-site", reach: 11_000, feed: false },
];

const KEYWORDS: Array<{ term: string; exclusions: string[]; topic: string }> = [
  { term: "Horní Lhot*", exclusions: ["Horní Lhota u Brna"], topic: "Město" },
  { term: "Upper Lhota", exclusions: [], topic: "Město" },
  { term: "primátor*", exclusions: [], topic: "Vedení města" },
  { term: "radnice", exclusions: [], topic: "Vedení města" },
  { term: "zastupitel*", exclusions: [], topic: "Vedení města" },
  { term: "lávk*", exclusions: [], topic: "Doprava" },
  { term: "uzavírk*", exclusions: [], topic: "Doprava" },
  { term: "parkovací dům", exclusions: [], topic: "Doprava" },
  { term: "rozpoč*", exclusions: [], topic: "Rozpočet" },
  { term: "ZŠ Komenského", exclusions: [], topic: "Školství" },
  { term: "festival*", exclusions: [], topic: "Kultura" },
  { term: "Lhotecký potok", exclusions: [], topic: "Životní prostředí" },
  { term: "městská policie", exclusions: [], topic: "Bezpečnost" },
  { term: "Upper Lhota", exclusions: [], topic: "Město" },
];

// Story templates: [title, topic, usual sentiment]. {n} varies the detail so titles differ.
// [headline, topic, usual sentiment, own excerpt (the English-language coverage; else the topic's Czech one)]
const STORIES: Array<[string, string, "POSITIVE" | "NEUTRAL" | "NEGATIVE", string?]> = [
  ["Lávka přes Lhotecký potok bude hotová do jara, slibuje primátorka", "Doprava", "POSITIVE"],
  ["Uzavírka Nádražní ulice potrvá o {n} týdny déle, řidiči se zlobí", "Doprava", "NEGATIVE"],
  ["Parkovací dům v Horní Lhotě stojí poloprázdný, kritizuje opozice", "Doprava", "NEGATIVE"],
  ["Zastupitelé Horní Lhoty schválili rozpočet se schodkem {n} milionů", "Rozpočet", "NEUTRAL"],
  ["Radnice zvýší poplatek za odpady o {n} korun", "Rozpočet", "NEGATIVE"],
  ["Rekonstrukce ZŠ Komenského nabírá zpoždění", "Školství", "NEGATIVE"],
  ["Žáci ze ZŠ Komenského uspěli v krajském kole olympiády", "Školství", "POSITIVE"],
  ["Festival světla přilákal do Horní Lhoty {n} tisíc návštěvníků", "Kultura", "POSITIVE"],
  ["Vánoční trhy v Horní Lhotě: program na {n}. adventní víkend", "Kultura", "NEUTRAL"],
  ["Městská policie Horní Lhoty řešila o víkendu {n} přestupků", "Bezpečnost", "NEUTRAL"],
  ["Primátorka Horní Lhoty jednala s ministrem o obchvatu", "Vedení města", "NEUTRAL"],
  ["Opozice: radnice tají smlouvy na zimní údržbu", "Vedení města", "NEGATIVE"],
  ["Lhotecký potok čistí dobrovolníci, sesbírali {n} pytlů odpadu", "Životní prostředí", "POSITIVE"],
  ["Horní Lhota vysadí v parku {n} nových stromů", "Životní prostředí", "POSITIVE"],
  ["Obyvatelé sídliště Výhledy si stěžují na hluk z rekonstrukce", "Město", "NEGATIVE"],
  ["Horní Lhota otevřela nové dětské hřiště u nádraží", "Město", "POSITIVE"],
  ["Upper Lhota wins regional award for its riverside footbridge", "Doprava", "POSITIVE", "The jury praised the footbridge over the Lhotka for linking the old town with the new housing estate."],
  ["Upper Lhota council approves {n} million budget for schools", "Rozpočet", "NEUTRAL", "Most of the money goes to the renovation of Komenského primary school; the opposition voted against."],
  ["Twin towns: Upper Lhota hosts a delegation from its partner city", "Město", "POSITIVE", "The mayor welcomed the visitors at the town hall; the programme includes schools and the winter market."],
  ["Residents of Upper Lhota protest against parking fees", "Doprava", "NEGATIVE", "About a hundred people gathered in front of the town hall; the council will discuss the fees again."],
];

const EXCERPTS: Record<string, string> = {
  Doprava: "Město upozorňuje řidiče na dopravní omezení; objízdná trasa vede přes ulici Polní.",
  Rozpočet: "Rozpočet počítá s investicemi do škol a silnic, opozice kritizuje zadlužení.",
  Školství: "Ředitelka školy uvedla, že výuka poběží podle plánu v náhradních třídách.",
  Kultura: "Program připravilo kulturní středisko města ve spolupráci s místními spolky.",
  Bezpečnost: "Strážníci nejčastěji řešili parkování a rušení nočního klidu.",
  "Vedení města": "Primátorka uvedla, že město bude o výsledku jednání informovat.",
  "Životní prostředí": "Akci podpořil odbor životního prostředí městského úřadu.",
  Město: "Radnice reaguje na podněty obyvatel, kteří se obrátili na zastupitele.",
};

/** A deterministic pseudo-random sequence (mulberry32): the demo is the same every time. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedMonitoring(db: Db, now: Date): Promise<void> {
  if ((await db.monitoringSource.count()) > 0) return;
  const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const spokesperson = await userId("spokesperson@herald.example");
  const pr = await userId("pr@herald.example");

  await db.monitoringSource.createMany({
    data: SOURCES.map((source) => ({
      outlet: source.outlet,
      mediaType: source.mediaType,
      reach: source.reach,
      // Reserved, never-resolving hosts; inactive until the office enters the outlet's real feed.
      feedUrl: source.feed ? `https://${source.slug}.example.invalid/rss.xml` : null,
      active: !source.feed,
      pollIntervalMinutes: 30,
    })),
  });
  const sources = await db.monitoringSource.findMany({ select: { id: true, outlet: true, mediaType: true, reach: true } });
  await db.monitoringKeyword.createMany({ data: KEYWORDS.map((keyword) => ({ ...keyword, normalized: normalizeText(keyword.term) })), skipDuplicates: true });

  const next = random(20261122);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const rows = [];
  let counter = 0;
  // ~2,000 clippings: about 22 a day over 91 days, more on weekdays; a third of the stories syndicated.
  for (let daysAgo = 90; daysAgo >= 0; daysAgo--) {
    const day = new Date(now.getTime() - daysAgo * DAY);
    const weekday = day.getUTCDay();
    const stories = weekday === 0 || weekday === 6 ? 6 : 12;
    for (let s = 0; s < stories; s++) {
      const [template, topic, usual, ownExcerpt] = pick(STORIES);
      const title = template.replace("{n}", String(2 + Math.floor(next() * 40)));
      const copies = next() < 0.35 ? 2 + Math.floor(next() * 3) : 1;
      const minutes = Math.floor(next() * 14 * 60) + 6 * 60;
      for (let c = 0; c < copies; c++) {
        const source = pick(sources);
        const publishedAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, minutes + c * 35));
        if (publishedAt > now) continue;
        counter++;
        const fresh = now.getTime() - publishedAt.getTime() < 1.2 * DAY;
        const roll = next();
        const status: "NEW" | "REVIEWED" | "IGNORED" | "NEEDS_RESPONSE" = fresh ? (roll < 0.8 ? "NEW" : "REVIEWED") : roll < 0.82 ? "REVIEWED" : roll < 0.9 ? "IGNORED" : "NEEDS_RESPONSE";
        const sentiment = status === "NEW" && roll < 0.6 ? null : next() < 0.9 ? usual : pick(["POSITIVE", "NEUTRAL", "NEGATIVE"] as const);
        const url = source.mediaType === "ONLINE" || source.mediaType === "AGENCY" ? `https://${normalizeText(source.outlet).replace(/ /g, "-")}.example/clanek/${counter}` : null;
        rows.push({
          sourceId: source.id,
          outlet: source.outlet,
          mediaType: source.mediaType,
          publishedAt,
          title: c > 0 && source.mediaType === "ONLINE" ? `${title} | ${source.outlet}` : title,
          url,
          urlKey: normalizeUrl(url),
          guid: url ? null : `demo-${counter}`,
          author: pick(["Petra Nováková", "Martin Král", "Jana Vlková", "ČZPA", "Tomáš Beneš", null]),
          excerpt: ownExcerpt ?? EXCERPTS[topic] ?? "",
          placement: source.mediaType === "PRINT" ? `s. ${1 + Math.floor(next() * 12)}` : source.mediaType === "TV" || source.mediaType === "RADIO" ? `${pick(["7:00", "12:00", "17:30", "19:00"])}, zprávy` : null,
          reach: source.reach,
          sentiment: status === "IGNORED" ? null : sentiment,
          topics: [topic],
          relevance: 2 + Math.floor(next() * 4),
          matchedKeywords: [ownExcerpt ? "Upper Lhota" : topic === "Doprava" ? "lávk*" : "Horní Lhot*"],
          status,
          note: sentiment === "NEGATIVE" && next() < 0.3 ? "Připravit stanovisko odboru." : null,
          // One story's copies share a key; the same headline on another day is another story.
          syndicationKey: copies > 1 ? `${syndicationKey(title) ?? normalizeText(title)} ${daysAgo}-${s}` : null,
          reviewedById: status === "NEW" ? null : pick([spokesperson, pr]),
          reviewedAt: status === "NEW" ? null : new Date(publishedAt.getTime() + 3 * 60 * 60 * 1000),
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.clipping.createMany({ data: rows.slice(i, i + 500), skipDuplicates: true });

  // Response cases on some of the critical coverage: open ones (one overdue) and answered ones.
  const critical = await db.clipping.findMany({ where: { status: "NEEDS_RESPONSE" }, orderBy: { publishedAt: "desc" }, take: 8, select: { id: true, publishedAt: true } });
  const release = await db.pressRelease.findFirst({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select: { id: true } });
  const plans = [
    { type: "STATEMENT", status: "OPEN", text: "Stanovisko: termín dokončení platí, zpoždění se týká jen terénních úprav.", outcome: "", deadlineDays: 1 },
    { type: "CORRECTION_REQUEST", status: "OPEN", text: "Žádáme o opravu: schodek rozpočtu činí 42, nikoli 62 milionů Kč.", outcome: "", deadlineDays: -1 },
    { type: "BACKGROUND_CALL", status: "OPEN", text: "Zavolat šéfredaktorovi a vysvětlit harmonogram rekonstrukce.", outcome: "", deadlineDays: 2 },
    { type: "RIGHT_OF_REPLY", status: "DONE", text: "Odpověď podle § 10 tiskového zákona zaslána redakci.", outcome: "Redakce odpověď otiskla na straně 3.", deadlineDays: -10 },
    { type: "STATEMENT", status: "DONE", text: "Stanovisko k poplatku za odpady.", outcome: "Vydána tisková zpráva, citována ve třech médiích.", deadlineDays: -20, release: true },
    { type: "IGNORE_WITH_REASON", status: "DONE", text: "Názorový komentář, fakta jsou správně; nereagujeme.", outcome: "", deadlineDays: -30 },
  ] as const;
  for (const [index, plan] of plans.entries()) {
    const clipping = critical[index];
    if (!clipping) break;
    await db.responseCase.create({
      data: {
        clippingId: clipping.id,
        type: plan.type,
        status: plan.status,
        ownerId: spokesperson,
        deadline: new Date(now.getTime() + plan.deadlineDays * DAY),
        text: plan.text,
        outcome: plan.outcome,
        releaseId: "release" in plan && release ? release.id : null,
        closedAt: plan.status === "DONE" ? new Date(clipping.publishedAt.getTime() + 2 * DAY) : null,
        createdById: spokesperson,
      },
    });
  }

  // The briefing's settings and the two previous working days' briefings (as sent).
  await db.setting.upsert({
    where: { key: "monitoringBriefing" },
    update: {},
    create: { key: "monitoringBriefing", value: { enabled: true, time: "07:30", recipients: ["primatorka@herald.example", "tajemnik@herald.example"] } },
  });
  let built = 0;
  for (let daysAgo = 1; built < 2 && daysAgo < 10; daysAgo++) {
    const day = new Date(now.getTime() - daysAgo * DAY);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
    const iso = day.toISOString().slice(0, 10);
    const to = new Date(`${iso}T06:30:00Z`);
    const from = new Date(to.getTime() - (day.getUTCDay() === 1 ? 3 : 1) * DAY);
    const clippings = await db.clipping.findMany({
      where: { publishedAt: { gte: from, lt: to }, status: { not: "IGNORED" } },
      select: { id: true, title: true, outlet: true, mediaType: true, publishedAt: true, url: true, sentiment: true, status: true, note: true, reach: true, topics: true, syndicationKey: true },
    });
    const content = buildBriefingContent(clippings.map((row) => ({ ...row, publishedAt: row.publishedAt.toISOString() })), { from, to });
    const briefing = await db.monitoringBriefing.create({ data: { day: new Date(`${iso}T00:00:00Z`), periodFrom: from, periodTo: to, content: JSON.parse(JSON.stringify(content)) } });
    await db.briefingMail.createMany({
      data: ["primatorka@herald.example", "tajemnik@herald.example"].map((email) => ({ briefingId: briefing.id, email, status: "SENT" as const, messageId: `<demo-${iso}-${email}>`, sentAt: new Date(to.getTime() + 60_000) })),
    });
    built++;
  }
}
