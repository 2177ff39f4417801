import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { publicOrigin } from "@/features/newsroom/public-url";
import { FeedTokenPanel } from "@/features/overview/components/feed-token-panel";
import { OfficeCalendar } from "@/features/overview/components/office-calendar";
import { myFeedToken, officeCalendar } from "@/features/overview/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("calendar.view");
  const params = await searchParams;
  const [t, format, data, token, origin] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    officeCalendar(actor, { view: params.view, date: params.date, module: params.module, person: params.person }),
    myFeedToken(actor),
    publicOrigin(),
  ]);
  const when = (date: Date) => format.dateTime(date, { day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <OfficeCalendar data={data} />
      <FeedTokenPanel
        origin={origin}
        active={token ? t("feed.active", { created: when(token.createdAt), used: token.lastUsedAt ? when(token.lastUsedAt) : t("feed.never") }) : null}
        labels={{
          title: t("feed.title"),
          intro: t("feed.intro"),
          active: t("feed.activeShort"),
          none: t("feed.none"),
          create: t("feed.create"),
          rotate: t("feed.rotate"),
          revoke: t("feed.revoke"),
          revoked: t("feed.revoked"),
          pending: t("feed.pending"),
          newUrl: t("feed.newUrl"),
          copyHint: t("feed.copyHint"),
        }}
      />
    </>
  );
}
