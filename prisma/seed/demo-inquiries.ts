// Demo media inquiries ("dotazy novinářů") of the fictional city: every status, some formal requests
// under Act No. 106/1999 Coll., a few overdue, answers spread over the last six months (for the
// response-time statistics). Every person is invented. Idempotent: an inquiry whose subject exists is
// left alone. Each inquiry gets the audit entries its steps would have written (its page's history).
import { foiDeadline } from "../../src/features/inquiries/foi";
import type { Db } from "../../src/server/db-client";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Status = "NEW" | "IN_PROGRESS" | "WAITING_FOR_DEPARTMENT" | "ANSWERED" | "CLOSED";
type Channel = "EMAIL" | "PHONE" | "IN_PERSON" | "SOCIAL";
type Staff = "spokesperson" | "pr" | "head" | "emily";

interface DemoInquiry {
  subject: string;
  question: string;
  /** A demo contact's e-mail, or a person who is not a contact. */
  contact?: string;
  requester?: { name: string; email?: string };
  channel: Channel;
  /** Received this many hours before seeding (office hours are not enforced: journalists call any time). */
  hoursAgo: number;
  status: Status;
  owner: Staff;
  topic?: string;
  foi?: boolean;
  /** Hours from receipt to answer (ANSWERED, CLOSED). */
  answeredAfter?: number;
  answer?: string;
  answerChannel?: Channel;
  consultation?: { department: string; person: string; response?: string };
  releaseSlug?: string;
  clippingUrl?: string;
}

const D = 24;
const DEMO_INQUIRIES: DemoInquiry[] = [
  // --- new and open (some overdue) ---
  { subject: "Uzavírka Nádražní ulice", question: "Jak dlouho potrvá uzavírka Nádražní ulice a kudy povede objížďka pro autobusy?", contact: "martin.sykora@tv-podhuri.example", channel: "PHONE", hoursAgo: 2, status: "NEW", owner: "spokesperson", topic: "doprava" },
  { subject: "Cena vánočního stromu", question: "Kolik město zaplatilo za letošní vánoční strom na náměstí včetně dopravy?", contact: "ondrej.kriz@lhotecky-denik.example", channel: "EMAIL", hoursAgo: 5, status: "NEW", owner: "pr", topic: "kultura" },
  { subject: "Černá skládka u Lhoteckého potoka", question: "Čtenáři hlásí černou skládku pod lávkou. Ví o ní město a kdy ji odklidí?", contact: "jakub.urban@zpravy-z-regionu.example", channel: "SOCIAL", hoursAgo: 3 * D + 4, status: "NEW", owner: "spokesperson", topic: "zivotni-prostredi" },
  { subject: "Žádost o smlouvy na zimní údržbu", question: "Žádám podle zákona č. 106/1999 Sb. o poskytnutí smluv na zimní údržbu komunikací uzavřených v letech 2025 a 2026.", requester: { name: "Bc. Radim Šťastný", email: "radim.stastny@example.org" }, channel: "EMAIL", hoursAgo: 4 * D, status: "NEW", owner: "head", topic: "doprava", foi: true },
  { subject: "Nové parkovací zóny", question: "Od kdy budou platit nové modré zóny na sídlišti Výhledy a kolik bude stát rezidentní karta?", contact: "petra.mala@lhotecky-denik.example", channel: "PHONE", hoursAgo: 6, status: "IN_PROGRESS", owner: "pr", topic: "doprava" },
  { subject: "Rekonstrukce ZŠ Komenského – zpoždění", question: "Stihne se rekonstrukce ZŠ Komenského do začátku školního roku? Hrozí penále zhotoviteli?", contact: "filip.vacek@tydenik-hl.example", channel: "EMAIL", hoursAgo: 2 * D + 3, status: "IN_PROGRESS", owner: "spokesperson", topic: "skolstvi", answer: "Zhotovitel hlásí zpoždění dvou týdnů; výuka začne podle plánu v náhradních třídách." },
  { subject: "Provoz koupaliště v létě", question: "Bude letní koupaliště otevřené i v září, pokud vydrží teplé počasí?", contact: "klara.benesova@radio-lhota.example", channel: "PHONE", hoursAgo: 20, status: "IN_PROGRESS", owner: "emily", topic: "kultura" },
  { subject: "Dotace pro sportovní kluby", question: "Podle zákona 106 žádám o přehled dotací vyplacených sportovním klubům v roce 2026 po jednotlivých příjemcích.", contact: "pavel.dolezal@czpa.example", channel: "EMAIL", hoursAgo: 9 * D, status: "IN_PROGRESS", owner: "pr", topic: "rada-mesta", foi: true },
  { subject: "Kácení lip v ulici Polní", question: "Proč se kácí lípy v ulici Polní a co bude vysazeno místo nich?", contact: "simona.vlckova@zpravy-z-regionu.example", channel: "EMAIL", hoursAgo: 30, status: "WAITING_FOR_DEPARTMENT", owner: "spokesperson", topic: "zivotni-prostredi", consultation: { department: "Odbor životního prostředí", person: "Ing. Věra Klímová" } },
  { subject: "Bezpečnost přechodu u nemocnice", question: "Kolik nehod se stalo na přechodu u nemocnice a plánuje město semafor?", contact: "veronika.holubova@tv-podhuri.example", channel: "PHONE", hoursAgo: 4 * D, status: "WAITING_FOR_DEPARTMENT", owner: "pr", topic: "bezpecnost", consultation: { department: "Odbor dopravy", person: "Mgr. Pavel Říha" } },
  { subject: "Ceny obědů pro seniory", question: "Zdraží se od ledna obědy pro seniory z městské jídelny? O kolik?", contact: "eva.markova@tydenik-hl.example", channel: "IN_PERSON", hoursAgo: 10, status: "WAITING_FOR_DEPARTMENT", owner: "emily", topic: "socialni-sluzby", consultation: { department: "Odbor sociálních věcí", person: "Jana Horáková" } },
  { subject: "Náklady na městský ohňostroj", question: "Žádám o informaci, kolik stál novoroční ohňostroj a kdo byl dodavatelem (zákon č. 106/1999 Sb.).", requester: { name: "Ing. Milan Kratochvíl", email: "milan.kratochvil@example.net" }, channel: "EMAIL", hoursAgo: 6 * D, status: "WAITING_FOR_DEPARTMENT", owner: "head", topic: "kultura", foi: true, consultation: { department: "Odbor kultury", person: "Bc. Lenka Dušková" } },
  // --- answered ---
  { subject: "Opravy chodníků v Lipové", question: "Kdy začnou opravy chodníků v Lipové ulici?", contact: "petra.mala@lhotecky-denik.example", channel: "PHONE", hoursAgo: 5 * D, status: "ANSWERED", owner: "pr", topic: "investice", answeredAfter: 5, answer: "Opravy chodníků v Lipové ulici začnou 15. dubna a potrvají šest týdnů; chodci půjdou vždy po jedné straně ulice.", answerChannel: "PHONE" },
  { subject: "Otevírací doba knihovny o prázdninách", question: "Jak bude otevřená nová pobočka knihovny během letních prázdnin?", contact: "klara.benesova@radio-lhota.example", channel: "EMAIL", hoursAgo: 12 * D, status: "ANSWERED", owner: "emily", topic: "kultura", answeredAfter: 20, answer: "O prázdninách je pobočka otevřená v úterý a ve čtvrtek od 10 do 18 hodin.", answerChannel: "EMAIL" },
  { subject: "Zimní stadion – termín opravy", question: "Kdy začne oprava zimního stadionu a kde budou kluby trénovat?", contact: "filip.vacek@tydenik-hl.example", channel: "PHONE", hoursAgo: 26 * D, status: "ANSWERED", owner: "spokesperson", topic: "investice", answeredAfter: 30, answer: "Oprava začne po skončení sezóny v dubnu; kluby budou trénovat na stadionu v sousední obci, dopravu hradí město.", answerChannel: "PHONE", consultation: { department: "Odbor investic", person: "Ing. Tomáš Bartoš", response: "Zahájení 2. dubna, dokončení do konce září." } },
  { subject: "Počet strážníků v noci", question: "Kolik strážníků městské policie slouží v nočních směnách?", contact: "martin.sykora@tv-podhuri.example", channel: "EMAIL", hoursAgo: 40 * D, status: "ANSWERED", owner: "pr", topic: "bezpecnost", answeredAfter: 52, answer: "V noční směně slouží vždy nejméně čtyři strážníci, o víkendech šest.", answerChannel: "EMAIL", consultation: { department: "Městská policie", person: "velitel Jan Pešek", response: "Čtyři, v pátek a sobotu šest." } },
  { subject: "Smlouva na svoz odpadu", question: "Žádám podle zákona č. 106/1999 Sb. o kopii smlouvy na svoz komunálního odpadu.", requester: { name: "Mgr. Olga Vítková", email: "olga.vitkova@example.org" }, channel: "EMAIL", hoursAgo: 55 * D, status: "ANSWERED", owner: "head", topic: "zivotni-prostredi", foi: true, answeredAfter: 12 * D, answer: "V příloze zasíláme smlouvu na svoz komunálního odpadu včetně dodatků č. 1 a 2; osobní údaje jsou znečitelněny.", answerChannel: "EMAIL" },
  { subject: "Vánoční trhy – počet stánků", question: "Kolik stánků bude na letošních vánočních trzích a kolik stojí pronájem?", contact: "ondrej.kriz@lhotecky-denik.example", channel: "PHONE", hoursAgo: 70 * D, status: "ANSWERED", owner: "emily", topic: "kultura", answeredAfter: 3, answer: "Na trzích bude 48 stánků; pronájem stojí 450 Kč za den, pro neziskové organizace 100 Kč.", answerChannel: "PHONE" },
  // --- closed (spread over six months) ---
  { subject: "Lávka přes Lhotecký potok", question: "Kolik bude stát nová lávka přes Lhotecký potok a kdy se otevře?", contact: "simona.vlckova@zpravy-z-regionu.example", channel: "EMAIL", hoursAgo: 20 * D, status: "CLOSED", owner: "spokesperson", topic: "investice", answeredAfter: 6, answer: "Lávka stojí 18,4 milionu korun a otevře se v červnu; podrobnosti jsou v tiskové zprávě.", answerChannel: "EMAIL", releaseSlug: "nova-lavka-pres-lhotecky-potok-spoji-sidliste-s-centrem", clippingUrl: "https://zpravy-z-regionu.example/clanky/nova-lavka-otevreni" },
  { subject: "Autobusy o víkendech", question: "Proč od září jezdí linka 3 o víkendech jen jednou za hodinu?", contact: "petra.mala@lhotecky-denik.example", channel: "PHONE", hoursAgo: 33 * D, status: "CLOSED", owner: "pr", topic: "doprava", answeredAfter: 26, answer: "Víkendová vytíženost linky 3 klesla pod deset cestujících na spoj; ušetřené peníze jdou na posílení ranních spojů do škol.", answerChannel: "PHONE", clippingUrl: "https://lhotecky-denik.example/doprava/linka-3" },
  { subject: "Dotace na stromořadí", question: "Jakou dotaci město získalo na výsadbu stromořadí v Polní a kolik stromů se vysadí?", contact: "jakub.urban@zpravy-z-regionu.example", channel: "EMAIL", hoursAgo: 48 * D, status: "CLOSED", owner: "emily", topic: "zivotni-prostredi", answeredAfter: 18, answer: "Dotace činí 1,2 milionu korun; vysadí se 64 lip a javorů.", answerChannel: "EMAIL" },
  { subject: "Ředitel městských služeb", question: "Je pravda, že ředitel Technických služeb města končí? Kdo ho nahradí?", contact: "hana.kolarova@czpa.example", channel: "PHONE", hoursAgo: 62 * D, status: "CLOSED", owner: "spokesperson", topic: "rada-mesta", answeredAfter: 4, answer: "Ředitel odchází k 31. prosinci na vlastní žádost; výběrové řízení na nástupce vypíše rada města v lednu.", answerChannel: "PHONE" },
  { subject: "Platy vedení města", question: "Žádám podle zákona č. 106/1999 Sb. o informaci o odměnách uvolněných členů zastupitelstva v roce 2025.", requester: { name: "Petr Zelený", email: "petr.zeleny@example.com" }, channel: "EMAIL", hoursAgo: 85 * D, status: "CLOSED", owner: "head", topic: "rada-mesta", foi: true, answeredAfter: 14 * D, answer: "Odměny uvolněných členů zastupitelstva stanoví nařízení vlády č. 318/2017 Sb.; přehled za rok 2025 zasíláme v příloze.", answerChannel: "EMAIL" },
  { subject: "Hluk z koncertů v parku", question: "Obyvatelé si stěžují na hluk z letních koncertů. Omezí město jejich počet?", contact: "veronika.holubova@tv-podhuri.example", channel: "IN_PERSON", hoursAgo: 98 * D, status: "CLOSED", owner: "spokesperson", topic: "kultura", answeredAfter: 28, answer: "Koncerty v parku skončí nejpozději ve 22 hodin a v neděli se nebudou konat.", answerChannel: "IN_PERSON", consultation: { department: "Odbor kultury", person: "Bc. Lenka Dušková", response: "Souhlasí s koncem ve 22 h." } },
  { subject: "Sociální byty", question: "Kolik sociálních bytů má město a jak dlouho se na ně čeká?", contact: "eva.markova@tydenik-hl.example", channel: "EMAIL", hoursAgo: 110 * D, status: "CLOSED", owner: "emily", topic: "socialni-sluzby", answeredAfter: 44, answer: "Město má 86 sociálních bytů; průměrná čekací doba je čtrnáct měsíců.", answerChannel: "EMAIL", consultation: { department: "Odbor sociálních věcí", person: "Jana Horáková", response: "86 bytů, čekací doba 14 měsíců." } },
  { subject: "Oprava mostu v Zahradní", question: "Je most v Zahradní ulici bezpečný pro nákladní auta?", contact: "martin.sykora@tv-podhuri.example", channel: "PHONE", hoursAgo: 125 * D, status: "CLOSED", owner: "pr", topic: "doprava", answeredAfter: 8, answer: "Most je pro vozidla nad 12 tun uzavřen do opravy, která začne v březnu.", answerChannel: "PHONE" },
  { subject: "Školní jídelna – cena obědů", question: "O kolik zdraží obědy ve školních jídelnách od září?", contact: "filip.vacek@tydenik-hl.example", channel: "EMAIL", hoursAgo: 140 * D, status: "CLOSED", owner: "spokesperson", topic: "skolstvi", answeredAfter: 22, answer: "Obědy ve školních jídelnách zdraží o 4 Kč; město dál přispívá na oběd každého žáka 10 Kč.", answerChannel: "EMAIL" },
  { subject: "Rozpočet na kulturu", question: "Kolik dá město v příštím roce na kulturní akce?", contact: "ondrej.kriz@lhotecky-denik.example", channel: "SOCIAL", hoursAgo: 152 * D, status: "CLOSED", owner: "emily", topic: "kultura", answeredAfter: 36, answer: "Návrh rozpočtu počítá s 9,6 milionu korun na kulturní akce, o 5 % více než letos.", answerChannel: "SOCIAL" },
  { subject: "Kamerový systém na náměstí", question: "Kolik kamer přibude na Masarykově náměstí a kdo záznamy uvidí?", contact: "hana.kolarova@czpa.example", channel: "EMAIL", hoursAgo: 163 * D, status: "CLOSED", owner: "pr", topic: "bezpecnost", answeredAfter: 10, answer: "Přibudou čtyři kamery; záznamy vidí jen městská policie a uchovávají se sedm dní.", answerChannel: "EMAIL" },
  { subject: "Povodňový plán", question: "Má město aktuální povodňový plán a kde si ho lidé mohou přečíst?", contact: "klara.benesova@radio-lhota.example", channel: "PHONE", hoursAgo: 175 * D, status: "CLOSED", owner: "spokesperson", topic: "bezpecnost", answeredAfter: 2, answer: "Povodňový plán byl aktualizován letos v březnu a je zveřejněn na webu města v sekci Krizové řízení.", answerChannel: "PHONE" },
];

export const DEMO_INQUIRY_COUNT = DEMO_INQUIRIES.length;

/** Loads the demo inquiries (after the media contacts and releases); a second run changes nothing. */
export async function seedInquiries(db: Db, now: Date): Promise<void> {
  const userId = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
  const staff: Record<Staff, string> = {
    spokesperson: await userId("spokesperson@herald.example"),
    pr: await userId("pr@herald.example"),
    head: await userId("head@herald.example"),
    emily: await userId("emily.clarke@herald.example"),
  };
  const topics = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((topic) => [topic.slug, topic.id]));
  const contacts = new Map((await db.mediaContact.findMany({ select: { id: true, email: true, outletId: true } })).map((contact) => [contact.email, contact]));

  // Oldest first, so that the numbers grow with the time of receipt.
  for (const demo of [...DEMO_INQUIRIES].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
    if (await db.inquiry.findFirst({ where: { subject: demo.subject }, select: { id: true } })) continue;
    const receivedAt = new Date(now.getTime() - demo.hoursAgo * HOUR);
    const contact = demo.contact ? contacts.get(demo.contact) : undefined;
    if (demo.contact && !contact) throw new Error(`Demo inquiries: unknown contact ${demo.contact}`);
    const received = pragueDay(receivedAt);
    const foi = demo.foi ? foiDeadline(received, "CZ") : null;
    const deadline = foi ? new Date(Date.UTC(foi.year, foi.month - 1, foi.day, 21, 59)) : new Date(receivedAt.getTime() + 24 * HOUR);
    const answered = demo.status === "ANSWERED" || demo.status === "CLOSED";
    const answeredAt = answered ? new Date(receivedAt.getTime() + (demo.answeredAfter ?? 24) * HOUR) : null;
    const ownerId = staff[demo.owner];
    const approverId = demo.owner === "spokesperson" ? staff.head : staff.spokesperson;
    const release = demo.releaseSlug ? await db.pressRelease.findUnique({ where: { slug: demo.releaseSlug }, select: { id: true } }) : null;
    const year = received.year;
    const [{ last }] = await db.$queryRaw<Array<{ last: number }>>`
      INSERT INTO "InquiryCounter" ("year", "last") VALUES (${year}::int, 1)
      ON CONFLICT ("year") DO UPDATE SET "last" = "InquiryCounter"."last" + 1
      RETURNING "last"`;
    const askedAt = demo.consultation ? new Date(receivedAt.getTime() + 2 * HOUR) : null;
    const inquiry = await db.inquiry.create({
      data: {
        number: `D-${year}-${String(last).padStart(4, "0")}`,
        contactId: contact?.id ?? null,
        outletId: contact?.outletId ?? null,
        requesterName: contact ? null : (demo.requester?.name ?? null),
        requesterEmail: contact ? null : (demo.requester?.email ?? null),
        channel: demo.channel,
        receivedAt,
        subject: demo.subject,
        question: demo.question,
        topicId: demo.topic ? (topics.get(demo.topic) ?? null) : null,
        deadline,
        isFoiRequest: Boolean(demo.foi),
        foiDeadline: foi ? new Date(Date.UTC(foi.year, foi.month - 1, foi.day)) : null,
        foiLaw: foi ? "CZ" : null,
        status: demo.status,
        ownerId,
        answerDraft: demo.answer ?? null,
        answerApprovedById: answered ? approverId : null,
        answerApprovedAt: answeredAt ? new Date(answeredAt.getTime() - HOUR / 2) : null,
        answeredAt,
        answerChannel: answered ? (demo.answerChannel ?? "EMAIL") : null,
        answerEmail: answered && demo.answerChannel === "EMAIL" ? (demo.contact ?? demo.requester?.email ?? null) : null,
        sentStatus: answered && demo.answerChannel === "EMAIL" ? "SENT" : null,
        sentAt: answered && demo.answerChannel === "EMAIL" ? answeredAt : null,
        releaseId: release?.id ?? null,
        clippingUrl: demo.clippingUrl ?? null,
        closedAt: demo.status === "CLOSED" && answeredAt ? new Date(answeredAt.getTime() + DAY) : null,
        createdById: ownerId,
        createdAt: receivedAt,
        consultations: demo.consultation
          ? {
              create: {
                department: demo.consultation.department,
                person: demo.consultation.person,
                askedAt: askedAt as Date,
                response: demo.consultation.response ?? null,
                answeredAt: demo.consultation.response ? new Date((askedAt as Date).getTime() + 3 * HOUR) : null,
                createdById: ownerId,
              },
            }
          : undefined,
      },
      select: { id: true },
    });
    // The history the steps would have written.
    const entries: Array<{ action: string; at: Date; actorId: string }> = [{ action: "inquiry.create", at: receivedAt, actorId: ownerId }];
    if (askedAt) entries.push({ action: "inquiry.consult", at: askedAt, actorId: ownerId });
    if (demo.consultation?.response && askedAt) entries.push({ action: "inquiry.consultationResponse", at: new Date(askedAt.getTime() + 3 * HOUR), actorId: ownerId });
    if (answeredAt) {
      entries.push({ action: "inquiry.draft", at: new Date(answeredAt.getTime() - HOUR), actorId: ownerId });
      entries.push({ action: "inquiry.approve", at: new Date(answeredAt.getTime() - HOUR / 2), actorId: approverId });
      entries.push({ action: demo.answerChannel === "EMAIL" ? "inquiry.send" : "inquiry.recordGiven", at: answeredAt, actorId: approverId });
    } else if (demo.answer) {
      entries.push({ action: "inquiry.draft", at: new Date(receivedAt.getTime() + 3 * HOUR), actorId: ownerId });
    }
    if (demo.status === "CLOSED" && answeredAt) entries.push({ action: "inquiry.close", at: new Date(answeredAt.getTime() + DAY), actorId: ownerId });
    await db.auditLog.createMany({ data: entries.map((entry) => ({ ...entry, entityType: "Inquiry", entityId: inquiry.id, after: { demo: true } })) });
  }
}

/** The day in Prague an instant falls on (the demo city's calendar). */
function pragueDay(date: Date) {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Prague", year: "numeric", month: "2-digit", day: "2-digit" }).format(date).split("-").map(Number);
  return { year, month, day };
}
