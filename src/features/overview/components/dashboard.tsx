import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { type ComponentType, Suspense } from "react";
import { Badge } from "@/components/ui/page-header";
import { ceremonySummary } from "@/features/ceremonies/overview";
import { eventLinks, eventSummary } from "@/features/events/overview";
import { inquiryLinks, inquirySummary } from "@/features/inquiries/overview";
import { monitoringDashboard } from "@/features/monitoring/overview";
import { nextIssueSummary } from "@/features/newspaper/overview";
import { invoiceSummary } from "@/features/newspaper-invoices/overview";
import { pressLinks, pressSummary } from "@/features/press-releases/overview";
import { lowStockSummary } from "@/features/promo-items/overview";
import { visitLinks, visitSummary } from "@/features/visits/overview";
import { type Actor, can } from "@/server/authz/permissions";
import { ComingUpList } from "./coming-up";
import { TileBarChart } from "./bar-chart";
import { Stat, Tile, TileSkeleton, UsageBar } from "./tile";

// The head of office's dashboard: a list of tiles, each shown only to roles that may see its module, each
// in its own Suspense boundary (a slow tile never holds up the others) and each reading at most one
// aggregate query per module (react `cache` lets two tiles share a module's summary). A module that is
// not built has no tile. To add one: a component taking { actor } and one line in DASHBOARD_TILES.

type TileProps = { actor: Actor };
export interface DashboardTile {
  key: string;
  visible: (actor: Actor) => boolean;
  Component: ComponentType<TileProps>;
  /** Spans two columns on wide screens. */
  wide?: boolean;
}

export const DASHBOARD_TILES: DashboardTile[] = [
  { key: "decisions", visible: (actor) => can(actor, "pressRelease.view") || can(actor, "event.view") || can(actor, "visit.view"), Component: DecisionsTile },
  { key: "press", visible: (actor) => can(actor, "pressRelease.view"), Component: PressTile },
  { key: "inquiries", visible: (actor) => can(actor, "inquiry.view"), Component: InquiriesTile },
  { key: "media", visible: (actor) => can(actor, "monitoring.view"), Component: MediaTile, wide: true },
  { key: "comingUp", visible: (actor) => can(actor, "calendar.view"), Component: ComingUpTile, wide: true },
  { key: "budgets", visible: (actor) => can(actor, "visit.view") || can(actor, "event.view"), Component: BudgetsTile },
  { key: "stock", visible: (actor) => can(actor, "promoItem.view"), Component: StockTile },
  { key: "ceremonies", visible: (actor) => can(actor, "ceremony.view"), Component: CeremoniesTile },
  { key: "newspaper", visible: (actor) => can(actor, "newsletter.view"), Component: NewspaperTile },
];

export function Dashboard({ actor }: { actor: Actor }) {
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="dashboard">
      {DASHBOARD_TILES.filter((tile) => tile.visible(actor)).map(({ key, Component, wide }) => (
        <div key={key} className={wide ? "min-w-0 md:col-span-2" : "min-w-0"}>
          <Suspense fallback={<TileSkeleton />}>
            <Component actor={actor} />
          </Suspense>
        </div>
      ))}
    </div>
  );
}

async function DecisionsTile({ actor }: TileProps) {
  const t = await getTranslations("dashboard");
  const [press, events, visits, media] = await Promise.all([
    can(actor, "pressRelease.view") ? pressSummary(actor) : null,
    can(actor, "event.view") ? eventSummary(actor) : null,
    can(actor, "visit.view") ? visitSummary(actor) : null,
    can(actor, "monitoring.view") ? monitoringDashboard(actor) : null,
  ]);
  const tone = (count: number) => (count > 0 ? "warn" : "plain");
  return (
    <Tile id="decisions" title={t("decisions.title")}>
      {press && <Stat label={t("decisions.releasesInReview")} value={press.inReview} href={pressLinks.inReview} tone={tone(press.inReview)} testId="stat-releases-in-review" />}
      {events && <Stat label={t("decisions.budgetsToApprove")} value={events.budgetsToApprove} href={eventLinks.budgetsToApprove} tone={tone(events.budgetsToApprove)} testId="stat-budgets-to-approve" />}
      {visits && <Stat label={t("decisions.visitsToConfirm")} value={visits.toConfirm} href={visitLinks.toConfirm} tone={tone(visits.toConfirm)} testId="stat-visits-to-confirm" />}
      {media && (
        <Stat label={t("decisions.criticalWithoutResponse")} value={media.negativeWithoutResponse.value} href={media.negativeWithoutResponse.href} tone={tone(media.negativeWithoutResponse.value)} testId="stat-critical-without-response" />
      )}
    </Tile>
  );
}

async function PressTile({ actor }: TileProps) {
  const [t, format, press] = await Promise.all([getTranslations("dashboard"), getFormatter(), pressSummary(actor)]);
  const monthName = (firstDay: string) => format.dateTime(new Date(`${firstDay}T12:00:00Z`), { month: "long", timeZone: "UTC" });
  const shortMonth = (month: string) => format.dateTime(new Date(`${month}-15T12:00:00Z`), { month: "short", timeZone: "UTC" });
  const diff = press.publishedThisMonth - press.publishedLastMonth;
  return (
    <Tile id="press" title={t("press.title")} href="/press-releases" linkLabel={t("openList")}>
      <Stat
        label={t("press.publishedThisMonth", { month: monthName(press.months.thisMonth.firstDay) })}
        value={press.publishedThisMonth}
        href={pressLinks.published(press.months.thisMonth)}
        testId="stat-published-this-month"
        hint={t("press.comparedToLast", { count: press.publishedLastMonth, diff: diff > 0 ? `+${diff}` : String(diff) })}
      />
      <Stat label={t("press.publishedLastMonth", { month: monthName(press.months.lastMonth.firstDay) })} value={press.publishedLastMonth} href={pressLinks.published(press.months.lastMonth)} testId="stat-published-last-month" />
      <Stat label={t("press.scheduled")} value={press.scheduled} href={pressLinks.scheduled} testId="stat-scheduled" />
      <Stat label={t("press.uncommunicated")} value={press.uncommunicated} href={pressLinks.uncommunicated} tone={press.uncommunicated > 0 ? "warn" : "plain"} testId="stat-uncommunicated" />
      <TileBarChart
        caption={t("press.chartCaption")}
        data={press.series.map((point) => ({ label: shortMonth(point.month), published: point.count }))}
        series={[{ key: "published", label: t("press.chartSeries"), color: "#245b8f" }]}
        height={120}
      />
    </Tile>
  );
}

async function InquiriesTile({ actor }: TileProps) {
  const [t, format, summary] = await Promise.all([getTranslations("dashboard"), getFormatter(), inquirySummary(actor)]);
  const median =
    summary.medianHoursThisMonth === null
      ? "–"
      : summary.medianHoursThisMonth < 48
        ? t("inquiries.hours", { value: format.number(summary.medianHoursThisMonth, { maximumFractionDigits: 1 }) })
        : t("inquiries.days", { value: format.number(summary.medianHoursThisMonth / 24, { maximumFractionDigits: 1 }) });
  return (
    <Tile id="inquiries" title={t("inquiries.title")} href="/inquiries" linkLabel={t("openList")}>
      <Stat label={t("inquiries.open")} value={summary.open} href={inquiryLinks.open} testId="stat-inquiries-open" />
      <Stat label={t("inquiries.overdue")} value={summary.overdue} href={inquiryLinks.overdue} tone={summary.overdue > 0 ? "bad" : "plain"} testId="stat-inquiries-overdue" />
      <Stat label={t("inquiries.median")} value={median} href={inquiryLinks.stats} testId="stat-inquiries-median" hint={t("inquiries.answered", { count: summary.answeredThisMonth })} />
    </Tile>
  );
}

async function MediaTile({ actor }: TileProps) {
  const [t, format, media] = await Promise.all([getTranslations("dashboard"), getFormatter(), monitoringDashboard(actor)]);
  const share = media.sentimentShare30;
  const rated = share.positive + share.neutral + share.negative;
  const percent = (count: number) => (rated === 0 ? "–" : format.number(count / rated, { style: "percent", maximumFractionDigits: 0 }));
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: "numeric", month: "numeric", timeZone: "UTC" });
  return (
    <Tile id="media" title={t("media.title")} href="/monitoring" linkLabel={t("openList")}>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <div>
          <Stat label={t("media.mentions7")} value={media.mentions7.value} href={media.mentions7.href} testId="stat-mentions-7" />
          <Stat label={t("media.mentions30")} value={media.mentions30.value} href={media.mentions30.href} testId="stat-mentions-30" />
        </div>
        <div>
          <Stat label={t("media.newToday")} value={media.newToday.value} href={media.newToday.href} testId="stat-clippings-new-today" />
          <Stat
            label={t("media.negativeWithoutResponse")}
            value={media.negativeWithoutResponse.value}
            href={media.negativeWithoutResponse.href}
            tone={media.negativeWithoutResponse.value > 0 ? "bad" : "good"}
            testId="stat-negative-without-response"
          />
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600">
        <Link href={share.href} className="hover:underline">
          {t("media.share", { positive: percent(share.positive), neutral: percent(share.neutral), negative: percent(share.negative) })}
        </Link>
      </p>
      <TileBarChart
        caption={t("media.chartCaption")}
        stacked
        data={media.perDay.map((point) => ({ label: day(point.day), positive: point.positive, neutral: point.neutral, negative: point.negative, unrated: point.unrated }))}
        series={[
          { key: "positive", label: t("media.positive"), color: "#15803d" },
          { key: "neutral", label: t("media.neutral"), color: "#94a3b8" },
          { key: "negative", label: t("media.negative"), color: "#b91c1c" },
          { key: "unrated", label: t("media.unrated"), color: "#cbd5e1" },
        ]}
        height={160}
      />
    </Tile>
  );
}

async function ComingUpTile({ actor }: TileProps) {
  const t = await getTranslations("dashboard");
  return (
    <Tile id="comingUp" title={t("comingUp.title", { days: 14 })} href="/calendar?view=agenda" linkLabel={t("comingUp.openCalendar")}>
      <ComingUpList actor={actor} days={14} />
    </Tile>
  );
}

async function BudgetsTile({ actor }: TileProps) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const [visits, events] = await Promise.all([can(actor, "visit.view") ? visitSummary(actor) : null, can(actor, "event.view") ? eventSummary(actor) : null]);
  const money = (minor: number) => format.number(minor / 100, { style: "currency", currency: "CZK", maximumFractionDigits: 0 });
  return (
    <Tile id="budgets" title={t("budgets.title", { year: visits?.year ?? events?.year ?? "" })}>
      {visits && (
        <UsageBar label={t("budgets.visits")} used={visits.actualMinor} planned={visits.budgetMinor} usedText={money(visits.actualMinor)} plannedText={money(visits.budgetMinor)} href={visitLinks.year(visits.year)} />
      )}
      {events && (
        <UsageBar label={t("budgets.events")} used={events.actualMinor} planned={events.plannedMinor} usedText={money(events.actualMinor)} plannedText={money(events.plannedMinor)} href={eventLinks.year(events.year)} />
      )}
      <p className="mt-1 text-xs text-slate-500">{t("budgets.hint")}</p>
      {visits && visits.unconfirmedBookings > 0 && (
        <p className="mt-2 text-sm">
          <Link href={visitLinks.upcoming} className="text-amber-800 hover:underline">
            {t("budgets.unconfirmedBookings", { count: visits.unconfirmedBookings })}
          </Link>
        </p>
      )}
    </Tile>
  );
}

async function StockTile({ actor }: TileProps) {
  const [t, stock] = await Promise.all([getTranslations("dashboard"), lowStockSummary(actor)]);
  return (
    <Tile id="stock" title={t("stock.title")} href="/promo-items" linkLabel={t("openList")}>
      <Stat label={t("stock.low")} value={stock.count} href={stock.href} tone={stock.count > 0 ? "warn" : "good"} testId="stat-low-stock" />
      {stock.items.length > 0 && (
        <ul className="mt-1 space-y-1 text-sm">
          {stock.items.map((item) => (
            <li key={item.id} className="flex justify-between gap-2">
              <Link href={`/promo-items/${item.id}`} className="truncate text-brand-700 hover:underline">
                {item.name}
              </Link>
              <span className="shrink-0 tabular-nums text-red-700">
                {item.onHand} / {item.minimumStock} {item.unit}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Tile>
  );
}

async function CeremoniesTile({ actor }: TileProps) {
  const [t, summary] = await Promise.all([getTranslations("dashboard"), ceremonySummary(actor)]);
  return (
    <Tile id="ceremonies" title={t("ceremonies.title")} href="/ceremonies" linkLabel={t("openList")}>
      <Stat label={t("ceremonies.waiting")} value={summary.waiting} href={summary.href} tone={summary.waiting > 0 ? "warn" : "plain"} testId="stat-ceremonies-waiting" />
      {summary.waiting === 0 && <Badge tone="green">{t("ceremonies.none")}</Badge>}
    </Tile>
  );
}

async function NewspaperTile({ actor }: TileProps) {
  const [t, tn, format, issue, invoices] = await Promise.all([getTranslations("dashboard"), getTranslations("newspaper"), getFormatter(), nextIssueSummary(actor), invoiceSummary(actor)]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" });
  const overdue = invoices && (
    <Stat
      label={t("newspaper.overdueInvoices")}
      value={invoices.overdueCount}
      href={invoices.href}
      tone={invoices.overdueCount > 0 ? "bad" : "good"}
      testId="stat-overdue-invoices"
      hint={invoices.overdueCount > 0 ? format.number(invoices.overdueAmount / 100, { style: "currency", currency: "CZK" }) : undefined}
    />
  );
  if (!issue) {
    return (
      <Tile id="newspaper" title={t("newspaper.title")} href="/newsletter" linkLabel={t("openList")}>
        <p className="text-sm text-slate-600">{t("newspaper.noIssue")}</p>
        {overdue}
      </Tile>
    );
  }
  const inWork = (issue.articlesByStatus.SUBMITTED ?? 0) + (issue.articlesByStatus.EDITING ?? 0) + (issue.articlesByStatus.PROOFREADING ?? 0);
  const deadlineTone = issue.editorialDeadlinePassed ? "bad" : issue.daysToEditorialDeadline <= 3 ? "warn" : "plain";
  return (
    <Tile id="newspaper" title={t("newspaper.title")} href={issue.href} linkLabel={t("newspaper.openIssue")}>
      <p className="mb-1 text-sm">
        <Link href={issue.href} className="font-medium text-brand-700 hover:underline">
          {issue.title}
        </Link>{" "}
        <Badge tone="slate">{tn(`issueStatus.${issue.status}`)}</Badge>
      </p>
      <Stat
        label={t("newspaper.editorialDeadline", { date: day(issue.editorialDeadline) })}
        value={issue.editorialDeadlinePassed ? t("newspaper.passed") : issue.daysToEditorialDeadline === 0 ? t("newspaper.today") : t("newspaper.daysLeft", { count: issue.daysToEditorialDeadline })}
        href={issue.href}
        tone={deadlineTone}
        testId="stat-newspaper-deadline"
      />
      <Stat label={t("newspaper.inWork")} value={inWork} href={issue.href} tone={issue.editorialDeadlinePassed && inWork > 0 ? "bad" : "plain"} testId="stat-newspaper-in-work" />
      <Stat label={t("newspaper.unplaced")} value={issue.unplaced} href={issue.href} tone={issue.unplaced > 0 ? "warn" : "plain"} testId="stat-newspaper-unplaced" />
      {overdue}
      <p className="mt-2 text-xs text-slate-500">
        {t("newspaper.dates", { ad: day(issue.adDeadline), print: day(issue.printDate), distribution: day(issue.distributionDate) })}
      </p>
    </Tile>
  );
}
