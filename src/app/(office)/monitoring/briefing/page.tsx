import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { TextInput } from "@/components/ui/field";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { BriefingSettingsForm } from "@/features/monitoring/components/briefing-settings-form";
import { BriefingView } from "@/features/monitoring/components/briefing-view";
import { MonitoringNav } from "@/features/monitoring/components/monitoring-nav";
import { briefingSettingsForPage, listBriefings, onDemandBriefing } from "@/features/monitoring/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("briefing.title") };
}

export default async function BriefingPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("monitoring.view");
  const params = await searchParams;
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  const [briefings, settings, onDemand] = await Promise.all([listBriefings(actor), briefingSettingsForPage(actor), params.from || params.to ? onDemandBriefing(actor, params) : Promise.resolve(null)]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  return (
    <>
      <PageHeader title={t("briefing.title")} subtitle={t("briefing.subtitle", { time: settings.time })} />
      <MonitoringNav current="briefing" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 font-semibold">{t("briefing.onDemand")}</h2>
            <form method="get" className="flex flex-wrap items-end gap-3" data-testid="briefing-period">
              <label className="text-sm">
                <span className="mb-1 block text-slate-600">{t("filters.from")}</span>
                <TextInput type="date" name="from" defaultValue={onDemand?.from ?? params.from ?? ""} required />
              </label>
              <label className="text-sm">
                <span className="mb-1 block text-slate-600">{t("filters.to")}</span>
                <TextInput type="date" name="to" defaultValue={onDemand?.to ?? params.to ?? ""} required />
              </label>
              <button type="submit" className={buttonClass("primary")}>{t("briefing.show")}</button>
            </form>
          </Card>
          {onDemand?.content && (
            <div>
              <h2 className="mb-3 text-lg font-semibold">{t("briefing.periodHeading", { from: day(onDemand.from), to: day(onDemand.to) })}</h2>
              <BriefingView content={onDemand.content} />
            </div>
          )}
          {!onDemand && briefings[0] && (
            <Card>
              <h2 className="mb-1 font-semibold">{t("briefing.latest", { day: day(briefings[0].day) })}</h2>
              <Link href={`/monitoring/briefing/${briefings[0].day}`} className="text-sm text-brand-700 hover:underline">{t("briefing.open")}</Link>
            </Card>
          )}
          <Card>
            <h2 className="mb-3 font-semibold">{t("briefing.archive")}</h2>
            {briefings.length === 0 ? (
              <p className="text-sm text-slate-500">{t("briefing.none")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="briefing-list">
                {briefings.map((briefing) => (
                  <li key={briefing.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link href={`/monitoring/briefing/${briefing.day}`} className="font-medium text-brand-800 hover:underline">{day(briefing.day)}</Link>
                    <span className="flex gap-2">
                      <Badge>{t("briefing.total", { count: briefing.total })}</Badge>
                      <Badge tone="red">{t("briefing.negative", { count: briefing.negative })}</Badge>
                      <Badge tone={briefing.failed > 0 ? "red" : "green"}>{t("briefing.mailState", { sent: briefing.sent, failed: briefing.failed, queued: briefing.queued })}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <Card>
          <h2 className="mb-3 font-semibold">{t("briefing.settings")}</h2>
          {can(actor, "monitoring.configure") ? (
            <BriefingSettingsForm value={settings} />
          ) : (
            <p className="text-sm text-slate-600">{t("briefing.settingsReadOnly", { time: settings.time, count: settings.recipients.length })}</p>
          )}
        </Card>
      </div>
    </>
  );
}
