import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { config } from "@/server/config";
import type { Actor } from "@/server/authz/permissions";
import { dayOf } from "../calendar-range";
import { comingUp } from "../queries";
import { ModuleBadge } from "./module-badge";

/** The next days' entries grouped by day (an entry that began earlier is listed today), clashes marked. */
export async function ComingUpList({ actor, days, modules, limit = 12 }: { actor: Actor; days: number; modules?: string[]; limit?: number }) {
  const [t, format, data] = await Promise.all([getTranslations("calendar"), getFormatter(), comingUp(actor, { days, modules })]);
  const timeZone = config().CITY_TIME_ZONE;
  if (data.entries.length === 0) return <p className="text-sm text-slate-600">{t("nothingComing")}</p>;
  const shown = data.entries.slice(0, limit);
  const groups = new Map<string, typeof shown>();
  for (const entry of shown) {
    const day = dayOf(entry.start, timeZone) < data.range.firstDay ? data.range.firstDay : dayOf(entry.start, timeZone);
    groups.set(day, [...(groups.get(day) ?? []), entry]);
  }
  return (
    <div className="space-y-3" data-testid="coming-up">
      {[...groups].map(([day, entries]) => (
        <div key={day}>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            {format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })}
          </h3>
          <ul className="mt-1 divide-y divide-slate-100 text-sm">
            {entries.map((entry) => (
              <li key={entry.key} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-1.5" data-testid="coming-up-entry">
                <span className="w-24 shrink-0 tabular-nums text-slate-600">
                  {entry.allDay ? t("allDay") : `${format.dateTime(entry.start, { hour: "2-digit", minute: "2-digit" })}–${format.dateTime(entry.end, { hour: "2-digit", minute: "2-digit" })}`}
                </span>
                <ModuleBadge module={entry.module} label={t(`modules.${entry.module}`)} />
                {entry.clashesWith.length > 0 && (
                  <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800" data-testid="clash-mark" title={`${t("clashTitle")} ${entry.clashesWith.map((other) => other.title).join(", ")}`}>
                    ⚠ {t("clash")}
                  </span>
                )}
                {/* On a phone the title takes its own line under the time and the module. */}
                <Link href={entry.href} className={`min-w-0 basis-full truncate text-brand-700 hover:underline sm:basis-0 sm:flex-1 ${entry.cancelled ? "line-through" : ""}`}>
                  {entry.title}
                  {entry.subtitle && <span className="text-slate-500"> · {entry.subtitle}</span>}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {data.entries.length > shown.length && <p className="text-xs text-slate-500">{t("more", { count: data.entries.length - shown.length })}</p>}
    </div>
  );
}
