import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// A contact's history: what the office did with this journalist, newest first. Each source reads one
// module. EXTENSION POINT for the inquiries and press-conferences branches: add a `ContactHistorySource`
// to CONTACT_HISTORY_SOURCES (e.g. `inquiriesHistory` reading Inquiry rows by contactId, `conferenceHistory`
// reading accreditations/RSVPs) — the contact page, the GDPR data export and the merge test use the list.

export type ContactHistoryKind = "releaseSent" | "inquiry" | "conference";

export interface ContactHistoryItem {
  kind: ContactHistoryKind;
  at: Date;
  title: string;
  /** A staff URL of the related record. */
  href: string | null;
  status: string;
}

type Reader = Pick<Prisma.TransactionClient, "distributionRecipient">;
export type ContactHistorySource = (client: Reader, contactId: string) => Promise<ContactHistoryItem[]>;

/** Releases e-mailed to the contact (DistributionRecipient rows), with their delivery status. */
export const releasesSentHistory: ContactHistorySource = async (client, contactId) => {
  const rows = await client.distributionRecipient.findMany({
    where: { contactId },
    select: { status: true, sentAt: true, distribution: { select: { createdAt: true, pressRelease: { select: { id: true, title: true } } } } },
    orderBy: { distribution: { createdAt: "desc" } },
    take: 200,
  });
  return rows.map((row) => ({
    kind: "releaseSent" as const,
    at: row.sentAt ?? row.distribution.createdAt,
    title: row.distribution.pressRelease.title,
    href: `/press-releases/${row.distribution.pressRelease.id}`,
    status: row.status,
  }));
};

export const CONTACT_HISTORY_SOURCES: ContactHistorySource[] = [releasesSentHistory];

export async function readContactHistory(client: Reader, contactId: string): Promise<ContactHistoryItem[]> {
  const items = (await Promise.all(CONTACT_HISTORY_SOURCES.map((source) => source(client, contactId)))).flat();
  return items.sort((a, b) => b.at.getTime() - a.at.getTime());
}
