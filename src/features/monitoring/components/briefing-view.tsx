import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/page-header";
import type { BriefingContent } from "../briefing-content";

const TONE = { POSITIVE: "green", NEUTRAL: "slate", NEGATIVE: "red" } as const;

/** The briefing for the leadership: counts, then topic by topic, negatives first, with the staff's notes. */
export async function BriefingView({ content }: { content: BriefingContent }) {
  const t = await getTranslations("monitoring");
  const format = await getFormatter();
  return (
    <div className="space-y-6" data-testid="briefing">
      <p className="flex flex-wrap gap-2 text-sm">
        <span className="font-medium">{t("briefing.total", { count: content.total })}</span>
        <Badge tone="red">{t("briefing.negative", { count: content.counts.NEGATIVE })}</Badge>
        <Badge>{t("briefing.neutral", { count: content.counts.NEUTRAL })}</Badge>
        <Badge tone="green">{t("briefing.positive", { count: content.counts.POSITIVE })}</Badge>
        {content.counts.UNRATED > 0 && <Badge tone="amber">{t("briefing.unrated", { count: content.counts.UNRATED })}</Badge>}
      </p>
      {content.groups.length === 0 && <p className="text-sm text-slate-500">{t("briefing.empty")}</p>}
      {content.groups.map((group) => (
        <section key={group.topic} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="briefing-group">
          <h3 className="mb-2 text-base font-semibold">
            {group.topic || t("briefing.noTopic")} <span className="text-sm font-normal text-slate-500">({group.items.length})</span>
          </h3>
          <ul className="space-y-3">
            {group.items.map((item) => (
              <li key={item.id} className="border-l-4 pl-3" style={{ borderColor: item.sentiment === "NEGATIVE" ? "#dc2626" : item.sentiment === "POSITIVE" ? "#16a34a" : "#cbd5e1" }}>
                <div className="flex flex-wrap items-center gap-2">
                  {item.sentiment ? <Badge tone={TONE[item.sentiment]}>{t(`sentiment.${item.sentiment}`)}</Badge> : <Badge tone="amber">{t("sentiment.none")}</Badge>}
                  <Link href={`/monitoring/${item.id}`} className="font-medium text-slate-900 hover:underline">{item.title}</Link>
                  {item.hasCase && <Badge tone="amber">{t("list.hasCase")}</Badge>}
                </div>
                <div className="text-xs text-slate-500">
                  {item.outlet} · {format.dateTime(new Date(item.publishedAt), { dateStyle: "short", timeStyle: "short" })}
                  {item.alsoIn.length > 0 && ` · ${t("briefing.alsoIn", { outlets: item.alsoIn.join(", ") })}`}
                </div>
                {item.note && <p className="mt-1 text-sm italic text-slate-700">{t("briefing.note", { note: item.note })}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
