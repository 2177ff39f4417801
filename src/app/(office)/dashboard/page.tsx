import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Dashboard } from "@/features/overview/components/dashboard";
import { requirePageActor } from "@/server/auth/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const actor = await requirePageActor("dashboard.view");
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { date: format.dateTime(new Date(), { weekday: "long", day: "numeric", month: "long", year: "numeric" }) })} />
      <Dashboard actor={actor} />
    </>
  );
}
