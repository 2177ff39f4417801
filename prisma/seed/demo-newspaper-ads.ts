// Demo data of the city paper's business side and e-mail edition (fictional; Czech), after demo-newspaper.ts:
// the supplier's details, invoices for the ad orders of the distributed issues (most paid, some overdue, one
// partly credited), ~300 subscribers (most confirmed, some pending, some unsubscribed) with their consent
// records, a sent e-mail edition of the last distributed issue and a draft edition of the next one.
// Idempotent: nothing is added when any invoice or subscriber exists.
import { randomBytes, randomUUID } from "node:crypto";
import { addDays, formatInvoiceNumber, invoiceTotals, variableSymbolOf } from "../../src/features/newspaper-invoices/money";
import { orderArticles, summaryOf } from "../../src/features/newsletter/policy";
import type { Db } from "../../src/server/db-client";
import { DEMO_PUBLICATION } from "./demo-newspaper";

const SUPPLIER = {
  name: "Město Horní Lhota",
  ico: "00299999",
  dic: "CZ00299999",
  address: "Masarykovo náměstí 1, 739 99 Horní Lhota",
  bankAccount: "19-1800123456/0800",
  iban: "CZ6508000000191800123456",
  vatPayer: true,
  footer: "Periodický tisk územního samosprávného celku, evidenční číslo MK ČR E 99999 (fiktivní).",
};

const FIRST = ["Jana", "Petr", "Lucie", "Martin", "Eva", "Tomáš", "Hana", "Jiří", "Kateřina", "Pavel", "Alena", "Josef", "Veronika", "Ondřej", "Marie", "Lukáš", "Zuzana", "Karel", "Tereza", "David"];
const LAST = ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec", "Marková", "Pokorný", "Králová", "Jelínek", "Růžičková", "Beneš", "Fialová", "Sedláček", "Doležalová", "Zeman", "Kolářová"];
const ascii = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const token = () => randomBytes(24).toString("base64url");
const day = (date: Date) => date.toISOString().slice(0, 10);
const toDate = (value: string) => new Date(`${value}T00:00:00.000Z`);

export async function seedNewspaperAds(db: Db, now: Date) {
  const publication = await db.publication.findFirst({ where: { name: DEMO_PUBLICATION }, select: { id: true, name: true } });
  const staff = await db.user.findMany({ where: { email: { in: ["pr@herald.example", "head@herald.example", "spokesperson@herald.example"] } }, select: { id: true, email: true } });
  const pr = staff.find((user) => user.email === "pr@herald.example");
  const head = staff.find((user) => user.email === "head@herald.example");
  if (!publication || !pr || !head) return;

  await db.newspaperBillingProfile.upsert({
    where: { id: 1 },
    update: {},
    create: { id: 1, supplierName: SUPPLIER.name, supplierIco: SUPPLIER.ico, supplierDic: SUPPLIER.dic, supplierAddress: SUPPLIER.address, bankAccount: SUPPLIER.bankAccount, iban: SUPPLIER.iban, vatPayer: true, dueDays: 14, footer: SUPPLIER.footer },
  });
  const today = day(now);
  if ((await db.newspaperInvoice.count()) === 0) await seedInvoices(db, publication, { prId: pr.id, today });
  if ((await db.newsletterSubscriber.count()) === 0) await seedSubscribers(db, now);
  if ((await db.newsletterEdition.count()) === 0) await seedEditions(db, publication, { prId: pr.id, headId: head.id, now });
}

async function seedInvoices(db: Db, publication: { id: string; name: string }, context: { prId: string; today: string }) {
  // Flat queries, one after another: the embedded database serves one connection (no nested fan-out).
  const issueRows = await db.newspaperIssue.findMany({
    where: { publicationId: publication.id, status: "DISTRIBUTED" },
    orderBy: { distributionDate: "asc" },
    select: { id: true, number: true, year: true, distributionDate: true },
  });
  const orderRows = await db.adOrder.findMany({ where: { issueId: { in: issueRows.map((issue) => issue.id) }, status: { not: "CANCELLED" } }, orderBy: { createdAt: "asc" } });
  const advertisers = new Map((await db.advertiser.findMany({ where: { id: { in: [...new Set(orderRows.map((order) => order.advertiserId))] } } })).map((row) => [row.id, row]));
  const sizeLabels = new Map((await db.adSize.findMany({ where: { id: { in: [...new Set(orderRows.map((order) => order.adSizeId))] } }, select: { id: true, label: true } })).map((row) => [row.id, row.label]));
  const issues = issueRows.map((issue) => ({
    ...issue,
    adOrders: orderRows
      .filter((order) => order.issueId === issue.id)
      .map((order) => ({ ...order, advertiser: advertisers.get(order.advertiserId)!, adSize: { label: sizeLabels.get(order.adSizeId) ?? "" } })),
  }));
  const counters = new Map<number, number>();
  const invoices: Array<Record<string, unknown> & { id: string; total: number }> = [];
  const lines: Array<Record<string, unknown>> = [];
  const payments: Array<Record<string, unknown>> = [];
  let serial = 0;
  for (const issue of issues) {
    const byAdvertiser = new Map<string, typeof issue.adOrders>();
    for (const order of issue.adOrders) byAdvertiser.set(order.advertiserId, [...(byAdvertiser.get(order.advertiserId) ?? []), order]);
    for (const orders of byAdvertiser.values()) {
      serial += 1;
      const advertiser = orders[0].advertiser;
      const issueDay = addDays(day(issue.distributionDate), 1);
      if (issueDay > context.today) continue;
      const year = Number(issueDay.slice(0, 4));
      const sequence = (counters.get(year) ?? 0) + 1;
      counters.set(year, sequence);
      const number = formatInvoiceNumber(year, sequence);
      const id = randomUUID();
      const invoiceLines = orders.map((order, index) => ({
        id: randomUUID(),
        invoiceId: id,
        position: index + 1,
        description: `Inzerce ${order.sizeCode}${order.adSize.label ? ` (${order.adSize.label})` : ""} – ${publication.name} č. ${issue.number}/${issue.year}${order.placement ? `, ${order.placement}` : ""}`,
        adOrderId: order.id,
        quantity: 1,
        unitPrice: order.priceMinor,
        vatRate: order.vatPercent,
        base: order.priceMinor,
      }));
      const totals = invoiceTotals(invoiceLines);
      const dueDay = addDays(issueDay, 14);
      // Older invoices are paid, except every seventh (overdue reminders); recent ones are still open.
      const overdueOnPurpose = serial % 7 === 3;
      const paid = dueDay < context.today && !overdueOnPurpose ? (serial % 11 === 5 ? Math.round(totals.total / 2) : totals.total) : 0;
      if (paid > 0) payments.push({ id: randomUUID(), invoiceId: id, paidOn: toDate(addDays(issueDay, 5 + (serial % 9))), amount: paid, method: "BANK_TRANSFER", note: `výpis ${100 + serial}`, createdById: context.prId });
      invoices.push({
        id,
        kind: "INVOICE",
        number,
        year,
        sequence,
        variableSymbol: variableSymbolOf(number),
        issueDate: toDate(issueDay),
        taxableSupplyDate: issue.distributionDate,
        dueDate: toDate(dueDay),
        supplier: SUPPLIER,
        advertiserId: advertiser.id,
        customerName: advertiser.company,
        customerIco: advertiser.ico ?? "",
        customerVatId: advertiser.vatId ?? "",
        customerAddress: [advertiser.street, [advertiser.postalCode, advertiser.city].filter(Boolean).join(" ")].filter(Boolean).join(", "),
        issueId: issue.id,
        totalBase: totals.totalBase,
        totalVat: totals.totalVat,
        total: totals.total,
        vatBreakdown: totals.rows,
        paidAmount: paid,
        creditedAmount: 0,
        createdById: context.prId,
        createdAt: toDate(issueDay),
      });
      lines.push(...invoiceLines);
    }
  }
  // One credit note: an advert printed smaller than ordered, 20 % off the first line of an unpaid invoice.
  const credited = invoices.find((invoice) => invoice.paidAmount === 0);
  const creditNotes: typeof invoices = [];
  if (credited) {
    const line = lines.find((candidate) => candidate.invoiceId === credited.id) as { id: string; base: number; vatRate: number; description: string };
    const amount = Math.round(line.base / 5);
    const noteLines = [{ id: randomUUID(), invoiceId: "", position: 1, description: `Oprava: ${line.description}`, correctsLineId: line.id, quantity: 1, unitPrice: -amount, vatRate: line.vatRate, base: -amount }];
    const totals = invoiceTotals(noteLines);
    const issueDay = addDays(String((credited.issueDate as Date).toISOString().slice(0, 10)), 3);
    const year = Number(issueDay.slice(0, 4));
    const sequence = (counters.get(year) ?? 0) + 1;
    counters.set(year, sequence);
    const number = formatInvoiceNumber(year, sequence);
    const id = randomUUID();
    noteLines[0].invoiceId = id;
    creditNotes.push({
      ...credited,
      id,
      kind: "CREDIT_NOTE",
      number,
      year,
      sequence,
      variableSymbol: variableSymbolOf(number),
      issueDate: toDate(issueDay),
      taxableSupplyDate: toDate(issueDay),
      dueDate: toDate(addDays(issueDay, 14)),
      correctsId: credited.id,
      reason: "Inzerát otištěn v menším formátu, než byl objednán – sleva 20 %.",
      totalBase: totals.totalBase,
      totalVat: totals.totalVat,
      total: totals.total,
      vatBreakdown: totals.rows,
      paidAmount: 0,
      creditedAmount: 0,
    });
    credited.creditedAmount = -totals.total;
    lines.push(...noteLines);
  }
  await db.newspaperInvoice.createMany({ data: invoices as never });
  await db.newspaperInvoice.createMany({ data: creditNotes as never });
  await db.newspaperInvoiceLine.createMany({ data: lines as never });
  await db.newspaperPayment.createMany({ data: payments as never });
  for (const [year, last] of counters) await db.newspaperInvoiceCounter.upsert({ where: { year }, update: { last }, create: { year, last } });
}

async function seedSubscribers(db: Db, now: Date) {
  const subscribers: Array<Record<string, unknown> & { id: string; status: string; consentAt: Date; confirmedAt: Date | null; unsubscribedAt: Date | null; consentSource: string }> = [];
  for (let index = 0; index < 300; index += 1) {
    const first = FIRST[index % FIRST.length];
    const last = LAST[(index * 7) % LAST.length];
    const status = index % 15 === 4 ? "UNSUBSCRIBED" : index % 10 === 7 ? "PENDING" : "CONFIRMED";
    const consentAt = new Date(now.getTime() - (400 - index) * 86_400_000 - (index % 24) * 3_600_000);
    const source = index % 12 === 0 ? "PAPER" : index % 9 === 0 ? "STAFF" : "PUBLIC_FORM";
    subscribers.push({
      id: randomUUID(),
      email: `${ascii(first)}.${ascii(last)}.${index + 1}@posta-lhota.example`,
      name: index % 3 === 0 ? "" : `${first} ${last}`,
      status,
      confirmToken: status === "UNSUBSCRIBED" ? null : token(),
      confirmExpiresAt: status === "PENDING" ? new Date(now.getTime() + ((index % 6) + 1) * 86_400_000) : null,
      confirmedAt: status === "PENDING" ? null : new Date(consentAt.getTime() + 20 * 60_000),
      unsubscribeToken: token(),
      unsubscribedAt: status === "UNSUBSCRIBED" ? new Date(consentAt.getTime() + 60 * 86_400_000) : null,
      consentVersion: "2026-11",
      consentAt,
      consentSource: source,
      createdAt: consentAt,
    });
  }
  await db.newsletterSubscriber.createMany({ data: subscribers as never });
  const records = subscribers.flatMap((s) => [
    { subscriberId: s.id, action: "SUBSCRIBED", consentVersion: "2026-11", source: s.consentSource, at: s.consentAt },
    ...(s.confirmedAt ? [{ subscriberId: s.id, action: "CONFIRMED", consentVersion: "2026-11", via: s.consentSource === "PAPER" ? "staff" : "link", at: s.confirmedAt }] : []),
    ...(s.unsubscribedAt ? [{ subscriberId: s.id, action: "UNSUBSCRIBED", consentVersion: "2026-11", via: "link", at: s.unsubscribedAt }] : []),
  ]);
  await db.newsletterConsentRecord.createMany({ data: records as never });
}

async function seedEditions(db: Db, publication: { id: string; name: string }, context: { prId: string; headId: string; now: Date }) {
  const [lastSent] = await db.newspaperIssue.findMany({ where: { publicationId: publication.id, status: "DISTRIBUTED" }, orderBy: { distributionDate: "desc" }, take: 1, select: { id: true, number: true, year: true, distributionDate: true } });
  const next = await db.newspaperIssue.findFirst({ where: { publicationId: publication.id, status: "EDITING" }, orderBy: { distributionDate: "asc" }, select: { id: true, number: true, year: true } });
  const articlesOf = async (issueId: string) =>
    orderArticles(await db.article.findMany({ where: { issueId, status: { in: ["APPROVED", "PLACED"] } }, select: { id: true, title: true, perex: true, body: true, page: true, pageOrder: true } })).map((article) => ({
      articleId: article.id,
      title: article.title,
      summary: summaryOf(article),
      page: article.page,
    }));
  if (lastSent) {
    const articles = await articlesOf(lastSent.id);
    const sentAt = new Date(lastSent.distributionDate.getTime() + 9 * 3_600_000);
    const editionId = randomUUID();
    const recipients = await db.newsletterSubscriber.findMany({ where: { status: { in: ["CONFIRMED", "UNSUBSCRIBED"] }, confirmedAt: { lt: sentAt } }, select: { id: true, email: true } });
    await db.newsletterEdition.create({
      data: {
        id: editionId,
        issueId: lastSent.id,
        subject: `${publication.name} č. ${lastSent.number}/${lastSent.year}`,
        intro: "Milé čtenářky, milí čtenáři,\n\nv novém čísle najdete přehled investic, pozvánky spolků a názory zastupitelů. Tištěné vydání dostanete do schránek během týdne.",
        articles: articles as never,
        status: "SENT",
        createdById: context.prId,
        editedById: context.prId,
        submittedAt: new Date(sentAt.getTime() - 20 * 3_600_000),
        approvedById: context.headId,
        approvedAt: new Date(sentAt.getTime() - 2 * 3_600_000),
        sentById: context.prId,
        sendStartedAt: sentAt,
        finishedAt: new Date(sentAt.getTime() + 4 * 60_000),
        recipientCount: recipients.length,
        createdAt: new Date(sentAt.getTime() - 26 * 3_600_000),
      },
    });
    await db.newsletterDelivery.createMany({
      data: recipients.map((recipient, index) => ({
        editionId,
        subscriberId: recipient.id,
        email: recipient.email,
        status: index % 97 === 13 ? ("FAILED" as const) : ("SENT" as const),
        error: index % 97 === 13 ? "550 5.1.1 Mailbox unavailable" : null,
        messageId: `<${randomUUID()}@herald.local>`,
        attempts: 1,
        sentAt: new Date(sentAt.getTime() + index * 800),
      })),
    });
  }
  if (next) {
    const articles = await articlesOf(next.id);
    if (articles.length > 0) {
      await db.newsletterEdition.create({
        data: {
          issueId: next.id,
          subject: `${publication.name} č. ${next.number}/${next.year}`,
          intro: "Milé čtenářky, milí čtenáři,\n\npřinášíme vám přehled článků připravovaného čísla.",
          articles: articles as never,
          status: "DRAFT",
          createdById: context.prId,
          editedById: context.prId,
        },
      });
    }
  }
}
