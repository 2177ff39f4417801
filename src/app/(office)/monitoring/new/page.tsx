import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { cityIsoDate } from "@/features/inquiries/time";
import { ClippingForm } from "@/features/monitoring/components/clipping-form";
import { clippingFilterOptions } from "@/features/monitoring/queries";
import { requirePageActor } from "@/server/auth/page-guard";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoring"))("form.title") };
}

export default async function NewClippingPage() {
  const actor = await requirePageActor("monitoring.manage");
  const t = await getTranslations("monitoring");
  const options = await clippingFilterOptions(actor);
  const timeZone = config().CITY_TIME_ZONE;
  const now = new Date();
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(now);
  return (
    <>
      <PageHeader title={t("form.title")} subtitle={t("form.subtitle")} />
      <ClippingForm sources={options.sources.map(({ id, outlet, mediaType }) => ({ id, outlet, mediaType }))} topics={options.topics} idempotencyKey={randomUUID()} now={`${cityIsoDate(now, timeZone)}T${time}`} />
    </>
  );
}
