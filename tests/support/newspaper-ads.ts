// Test data and "nothing changed" snapshots for the newspaper's invoices and e-mail edition.
import { expect } from "vitest";
import { db } from "@/server/db";
import { unique } from "./factories";

/** The supplier's details, complete (invoices are refused until they are). */
export async function completeBillingProfile() {
  await db.newspaperBillingProfile.upsert({
    where: { id: 1 },
    update: {},
    create: {
      id: 1,
      supplierName: "Město Horní Lhota",
      supplierIco: "00123456",
      supplierDic: "CZ00123456",
      supplierAddress: "Náměstí Svobody 1, 739 99 Horní Lhota",
      bankAccount: "19-1234567890/0800",
      iban: "",
      vatPayer: true,
      dueDays: 14,
    },
  });
}

let issueNumber = 0;

/** A publication with one issue (distributed on `distributionDate`), its rate card and one advertiser. */
export async function makeNewspaper(options: { distributionDate?: string; year?: number } = {}) {
  issueNumber += 1;
  const year = options.year ?? 2026;
  const distributionDate = new Date(`${options.distributionDate ?? `${year}-03-01`}T00:00:00.000Z`);
  const publication = await db.publication.create({ data: { name: `Lhotecké listy ${unique("p")}` } });
  const issue = await db.newspaperIssue.create({
    data: {
      publicationId: publication.id,
      number: issueNumber,
      year,
      editorialDeadline: new Date(distributionDate.getTime() - 14 * 86_400_000),
      adDeadline: new Date(distributionDate.getTime() - 10 * 86_400_000),
      printDate: new Date(distributionDate.getTime() - 3 * 86_400_000),
      distributionDate,
      pageCount: 16,
    },
  });
  const validFrom = new Date("2020-01-01T00:00:00.000Z");
  const sizes = {
    quarter: await db.adSize.create({ data: { publicationId: publication.id, code: "1/4", label: "čtvrt strany", pageShareBp: 2500, priceMinor: 4500_00, vatPercent: 21, validFrom } }),
    eighth: await db.adSize.create({ data: { publicationId: publication.id, code: "1/8", label: "osmina strany", pageShareBp: 1250, priceMinor: 2400_00, vatPercent: 21, validFrom } }),
    notice: await db.adSize.create({ data: { publicationId: publication.id, code: "ŘÁDEK", label: "řádková inzerce", pageShareBp: 100, priceMinor: 333_33, vatPercent: 12, validFrom } }),
  };
  const advertiser = await makeAdvertiser();
  return { publication, issue, sizes, advertiser };
}

export async function makeAdvertiser() {
  return db.advertiser.create({
    data: { company: `Pekařství Novák ${unique("a")} s.r.o.`, ico: "27074358", vatId: "CZ27074358", street: "Dlouhá 12", city: "Horní Lhota", postalCode: "739 99", email: "inzerce@pekarstvi.example" },
  });
}

export async function makeAdOrder(
  issue: { id: string },
  advertiser: { id: string },
  size: { id: string; code: string; pageShareBp: number; priceMinor: number; vatPercent: number },
  extra: { status?: "ORDERED" | "PLACED" | "CANCELLED"; placement?: string } = {},
) {
  return db.adOrder.create({
    data: {
      issueId: issue.id,
      advertiserId: advertiser.id,
      adSizeId: size.id,
      sizeCode: size.code,
      pageShareBp: size.pageShareBp,
      priceMinor: size.priceMinor,
      vatPercent: size.vatPercent,
      placement: extra.placement ?? "",
      status: extra.status ?? "PLACED",
      page: (extra.status ?? "PLACED") === "PLACED" ? 3 : null,
    },
  });
}

/** Every row the invoices and the e-mail edition could touch. */
export async function snapshotNewspaperAds() {
  return {
    invoices: await db.newspaperInvoice.findMany({ orderBy: { id: "asc" } }),
    lines: await db.newspaperInvoiceLine.findMany({ orderBy: { id: "asc" } }),
    payments: await db.newspaperPayment.findMany({ orderBy: { id: "asc" } }),
    counters: await db.newspaperInvoiceCounter.findMany({ orderBy: { year: "asc" } }),
    profile: await db.newspaperBillingProfile.findMany(),
    subscribers: await db.newsletterSubscriber.findMany({ orderBy: { id: "asc" } }),
    consents: await db.newsletterConsentRecord.findMany({ orderBy: { id: "asc" } }),
    confirmationMails: await db.newsletterConfirmationMail.findMany({ orderBy: { id: "asc" } }),
    editions: await db.newsletterEdition.findMany({ orderBy: { id: "asc" } }),
    deliveries: await db.newsletterDelivery.findMany({ orderBy: { id: "asc" } }),
    auditLogCount: await db.auditLog.count(),
    jobCount: await db.job.count(),
    idempotencyKeys: await db.idempotencyKey.count(),
    loginThrottles: await db.loginThrottle.findMany({ orderBy: { key: "asc" } }),
  };
}

/** Runs `attempt`, expects an `errorClass`, and that nothing of this module's data changed. */
export async function expectRefusedUnchanged<E extends Error>(attempt: () => Promise<unknown>, errorClass: new (...args: never[]) => E, shape?: Record<string, unknown>): Promise<E> {
  const before = await snapshotNewspaperAds();
  const error = await attempt().then(
    (result) => new Error(`expected ${errorClass.name}, but it succeeded with ${JSON.stringify(result)}`),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(errorClass);
  if (shape) expect(error).toMatchObject(shape);
  expect(await snapshotNewspaperAds(), "the database changed").toEqual(before);
  return error as E;
}
