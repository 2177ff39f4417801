import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// A contact's history: what the office did with this journalist, newest first — releases sent, inquiries
// they asked, press conferences they were invited to. Each source reads one module's rows by contactId;
// the contact page and the GDPR data export (Art. 15) use the same list.

export type ContactHistoryKind = "releaseSent" | "inquiry" | "conference";

export interface ContactHistoryItem {
  kind: ContactHistoryKind;
  at: Date;
  title: string;
  /** A staff URL of the related record. */
  href: string | null;
  status: string;
}

type Reader = Pick<Prisma.TransactionClient, "distributionRecipient" | "inquiry" | "pressConferenceInvitation">;
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

/** Inquiries the journalist asked (the desk's number and subject), with their status. */
export const inquiriesHistory: ContactHistorySource = async (client, contactId) => {
  const rows = await client.inquiry.findMany({
    where: { contactId },
    select: { id: true, number: true, subject: true, status: true, receivedAt: true },
    orderBy: { receivedAt: "desc" },
    take: 200,
  });
  return rows.map((row) => ({ kind: "inquiry" as const, at: row.receivedAt, title: `${row.number} ${row.subject}`, href: `/inquiries/${row.id}`, status: row.status }));
};

/** Press conferences the journalist was invited to, with their answer (attending / not / none). */
export const conferencesHistory: ContactHistorySource = async (client, contactId) => {
  const rows = await client.pressConferenceInvitation.findMany({
    where: { contactId },
    select: { response: true, conference: { select: { id: true, topic: true, startsAt: true } } },
    orderBy: { conference: { startsAt: "desc" } },
    take: 200,
  });
  return rows.map((row) => ({
    kind: "conference" as const,
    at: row.conference.startsAt,
    title: row.conference.topic,
    href: `/press-conferences/${row.conference.id}`,
    status: row.response ?? "NO_RESPONSE",
  }));
};

export const CONTACT_HISTORY_SOURCES: ContactHistorySource[] = [releasesSentHistory, inquiriesHistory, conferencesHistory];

export async function readContactHistory(client: Reader, contactId: string): Promise<ContactHistoryItem[]> {
  const items = (await Promise.all(CONTACT_HISTORY_SOURCES.map((source) => source(client, contactId)))).flat();
  return items.sort((a, b) => b.at.getTime() - a.at.getTime());
}
