import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { BriefingView } from "@/features/monitoring/components/briefing-view";
import { getBriefing } from "@/features/monitoring/queries";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("briefing.title") };
}

export default async function BriefingDayPage({ params }: { params: Promise<{ date: string }> }) {
  const actor = await requirePageActor("monitoring.view");
  const { date } = await params;
  const briefing = await orPageError(getBriefing(actor, date));
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  const day = format.dateTime(new Date(`${date}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const span = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "short" });
  return (
    <>
      <PageHeader
        title={t("briefing.dayTitle", { day })}
        subtitle={t("briefing.period", { from: span(briefing.content.from), to: span(briefing.content.to) })}
        actions={<LinkButton variant="ghost" href="/monitoring/briefing">{t("briefing.back")}</LinkButton>}
      />
      <BriefingView content={briefing.content} />
      {briefing.mails.length > 0 && (
        <Card className="mt-6">
          <h2 className="mb-2 font-semibold">{t("briefing.mails")}</h2>
          <ul className="text-sm" data-testid="briefing-mails">
            {briefing.mails.map((mail) => (
              <li key={mail.email}>
                {mail.email}: {t(`mailStatus.${mail.status}`)}
                {mail.sentAt && ` (${span(mail.sentAt.toISOString())})`}
                {mail.error && ` – ${mail.error}`}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
