import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { NewspaperSectionLinks } from "@/features/newsletter/components/section-links";
import { EraseSubscriberForm } from "@/features/newsletter/components/subscriber-forms";
import { getSubscriber } from "@/features/newsletter/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletterMail.subscribers"))("detailTitle") };
}

// One subscriber: the consent record (what text version was agreed to, when, how) step by step.
export default async function SubscriberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("newsletterSubscriber.view");
  const { id } = await params;
  const t = await getTranslations("newsletterMail.subscribers");
  const format = await getFormatter();
  const subscriber = await orPageError(getSubscriber(actor, id));
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <>
      <NewspaperSectionLinks actor={actor} current="subscribers" />
      <PageHeader title={subscriber.email} subtitle={<Badge>{t(`status.${subscriber.status}`)}</Badge>} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("history")}</h2>
          <ol className="space-y-2 text-sm" data-testid="consent-history">
            {subscriber.consents.map((record) => (
              <li key={record.id} className="flex flex-wrap gap-x-3">
                <span className="tabular-nums text-slate-600">{when(record.at)}</span>
                <span className="font-medium">{t(`consentAction.${record.action}`)}</span>
                <span className="text-slate-600">
                  {t("consentVersionShort", { version: record.consentVersion })}
                  {record.source ? ` · ${t(`source.${record.source}`)}` : ""}
                  {record.via ? ` · ${t(`via.${record.via as "link" | "oneClick" | "staff"}`)}` : ""}
                </span>
              </li>
            ))}
          </ol>
        </Card>
        {can(actor, "newsletterSubscriber.manage") && (
          <Card>
            <h2 className="mb-3 text-base font-semibold">{t("erase.title")}</h2>
            <EraseSubscriberForm id={subscriber.id} />
          </Card>
        )}
      </div>
    </>
  );
}
