import { TZDate } from "@date-fns/tz";
import { format as formatDate } from "date-fns";
import { cs as csLocale, enUS } from "date-fns/locale";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/field";
import { dayOf, touchesDay } from "../calendar-range";
import type { officeCalendar, OfficeCalendarEntry } from "../queries";
import { moduleColor } from "./module-badge";

// The office calendar: month grid, week columns or agenda list; Monday first; day and month names from
// date-fns' locales; times in the city's time zone. The URL is the state (view, date, module, person).

type Data = Awaited<ReturnType<typeof officeCalendar>>;

function hrefFor(query: Data["query"], change: Partial<Record<"view" | "date" | "module" | "person", string | undefined>>) {
  const next = { view: query.view, date: query.date, module: query.module, person: query.person, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(next)) if (value) params.set(key, value);
  return `/calendar?${params.toString()}`;
}

export async function OfficeCalendar({ data }: { data: Data }) {
  const [t, locale, format] = await Promise.all([getTranslations("calendar"), getLocale(), getFormatter()]);
  const dateLocale = locale === "cs" ? csLocale : enUS;
  const patterns =
    locale === "cs"
      ? { rangeStart: "d. MMMM", rangeEnd: "d. MMMM yyyy", weekDay: "EEEE d. M.", agendaDay: "EEEE d. MMMM yyyy" }
      : { rangeStart: "MMMM d", rangeEnd: "MMMM d, yyyy", weekDay: "EEEE, MMM d", agendaDay: "EEEE, MMMM d, yyyy" };
  const { range, query, timeZone } = data;
  const zoned = (day: string) => new TZDate(`${day}T12:00:00`, timeZone);
  const title =
    query.view === "month"
      ? formatDate(zoned(range.anchor), "LLLL yyyy", { locale: dateLocale })
      : `${formatDate(zoned(range.firstDay), patterns.rangeStart, { locale: dateLocale })} – ${formatDate(zoned(range.lastDay), patterns.rangeEnd, { locale: dateLocale })}`;
  const time = (date: Date) => format.dateTime(date, { hour: "2-digit", minute: "2-digit" });

  const entryChip = (entry: OfficeCalendarEntry, compact: boolean) => {
    const clash = entry.clashesWith.length > 0;
    const clashText = clash ? `${t("clashWith")}: ${entry.clashesWith.map((other) => other.title).join(", ")}` : undefined;
    return (
      <Link
        key={entry.key}
        href={entry.href}
        title={[entry.title, entry.subtitle, entry.location, clashText].filter(Boolean).join(" · ")}
        data-testid="calendar-entry"
        data-module={entry.module}
        data-clash={clash ? "1" : undefined}
        aria-label={[entry.title, entry.allDay ? undefined : time(entry.start), clashText].filter(Boolean).join(", ")}
        className={cn(
          "block truncate rounded border-l-4 px-1.5 text-xs hover:brightness-95",
          // On a phone the month grid shows coloured bars (the day's number opens its list); text from sm: up.
          compact ? "h-2 py-0 sm:h-auto sm:py-0.5" : "py-0.5",
          moduleColor(entry.module),
          clash && "ring-2 ring-red-500",
          entry.cancelled && "line-through opacity-60",
        )}
      >
        <span className={compact ? "hidden sm:inline" : undefined}>
          {clash && <span aria-label={t("clash")}>⚠ </span>}
          {!entry.allDay && <span className="tabular-nums">{time(entry.start)} </span>}
          {compact ? entry.title : <span className="font-medium">{entry.title}</span>}
        </span>
      </Link>
    );
  };
  const onDay = (day: string) => data.entries.filter((entry) => touchesDay(entry, day, timeZone));
  const weekdays = range.days.slice(0, 7).map((day) => formatDate(zoned(day), "EEEEEE", { locale: dateLocale }));

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <Link href={hrefFor(query, { date: range.previous })} className={buttonClass("secondary")} aria-label={t("previous")}>
            ‹
          </Link>
          <Link href={hrefFor(query, { date: data.today })} className={buttonClass("secondary")}>
            {t("today")}
          </Link>
          <Link href={hrefFor(query, { date: range.next })} className={buttonClass("secondary")} aria-label={t("next")}>
            ›
          </Link>
          <h2 className="ml-2 text-lg font-semibold first-letter:uppercase text-slate-900" data-testid="calendar-title">
            {title}
          </h2>
        </div>
        <nav aria-label={t("views")} className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
          {(["month", "week", "agenda"] as const).map((view) => (
            <Link
              key={view}
              href={hrefFor(query, { view })}
              aria-current={query.view === view ? "page" : undefined}
              className={cn("rounded px-3 py-1 text-sm", query.view === view ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100")}
            >
              {t(`view.${view}`)}
            </Link>
          ))}
        </nav>
      </div>

      <form method="get" className="mb-4 flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3" role="search" aria-label={t("filters")}>
        <input type="hidden" name="view" value={query.view} />
        <input type="hidden" name="date" value={query.date} />
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t("module")}</span>
          <Select name="module" defaultValue={query.module ?? ""}>
            <option value="">{t("allModules")}</option>
            {data.modules.map((module) => (
              <option key={module} value={module}>
                {t(`modules.${module}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block text-slate-600">{t("person")}</span>
          <Select name="person" defaultValue={query.person ?? ""}>
            <option value="">{t("everyone")}</option>
            {data.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </Select>
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("filter")}
        </button>
        {(query.module || query.person) && (
          <Link href={hrefFor(query, { module: undefined, person: undefined })} className={buttonClass("ghost")}>
            {t("clear")}
          </Link>
        )}
        <p className="ml-auto flex flex-wrap gap-1 text-xs text-slate-600">
          {data.modules.map((module) => (
            <span key={module} className={cn("rounded border-l-4 px-1.5 py-0.5", moduleColor(module))}>
              {t(`modules.${module}`)}
            </span>
          ))}
          <span className="rounded px-1.5 py-0.5 ring-2 ring-red-500">⚠ {t("clash")}</span>
        </p>
      </form>

      {query.view === "month" && (
        <div className="overflow-hidden rounded-lg border border-slate-200 bg-white" data-testid="calendar-month">
          <div className="grid grid-cols-7 border-b border-slate-200 bg-slate-50 text-center text-xs font-medium uppercase text-slate-600">
            {weekdays.map((weekday) => (
              <div key={weekday} className="py-1.5">
                {weekday}
              </div>
            ))}
          </div>
          <div className="grid grid-cols-7">
            {range.days.map((day) => {
              const entries = onDay(day);
              const inMonth = day.slice(0, 7) === range.anchor.slice(0, 7);
              return (
                <div key={day} data-day={day} className={cn("min-h-20 border-b border-r border-slate-100 p-1 sm:min-h-28", !inMonth && "bg-slate-50/70")}>
                  <Link
                    href={hrefFor(query, { view: "agenda", date: day })}
                    className={cn(
                      "mb-1 inline-flex size-6 items-center justify-center rounded-full text-xs",
                      day === data.today ? "bg-brand-600 font-semibold text-white" : inMonth ? "text-slate-800" : "text-slate-400",
                    )}
                  >
                    {Number(day.slice(8))}
                  </Link>
                  <div className="space-y-0.5">
                    {entries.slice(0, 3).map((entry) => entryChip(entry, true))}
                    {entries.length > 3 && (
                      <Link href={hrefFor(query, { view: "agenda", date: day })} className="block text-xs text-brand-700 hover:underline">
                        {t("more", { count: entries.length - 3 })}
                      </Link>
                    )}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      )}

      {query.view === "week" && (
        <div className="grid gap-2 md:grid-cols-7" data-testid="calendar-week">
          {range.days.map((day) => {
            const entries = onDay(day);
            return (
              <section key={day} data-day={day} className={cn("rounded-lg border bg-white p-2", day === data.today ? "border-brand-500" : "border-slate-200")}>
                <h3 className="mb-2 text-xs font-semibold uppercase text-slate-600 first-letter:uppercase">{formatDate(zoned(day), patterns.weekDay, { locale: dateLocale })}</h3>
                <div className="space-y-1">
                  {entries.length === 0 ? <p className="text-xs text-slate-400">—</p> : entries.map((entry) => entryChip(entry, false))}
                </div>
              </section>
            );
          })}
        </div>
      )}

      {query.view === "agenda" && (
        <div className="space-y-4" data-testid="calendar-agenda">
          {range.days.every((day) => onDay(day).length === 0) && <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">{t("emptyAgenda")}</p>}
          {range.days.map((day) => {
            const entries = data.entries.filter((entry) => {
              // An entry spanning several days is listed on its first day in view.
              const first = dayOf(entry.start, timeZone) < range.firstDay ? range.firstDay : dayOf(entry.start, timeZone);
              return first === day;
            });
            if (entries.length === 0) return null;
            return (
              <section key={day} data-day={day}>
                <h3 className="mb-1 text-sm font-semibold text-slate-700 first-letter:uppercase">{formatDate(zoned(day), patterns.agendaDay, { locale: dateLocale })}</h3>
                <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                  {entries.map((entry) => (
                    <li key={entry.key} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="agenda-entry">
                      <span className="w-28 shrink-0 tabular-nums text-slate-600">
                        {entry.allDay ? t("allDay") : `${time(entry.start)}–${time(entry.end)}`}
                      </span>
                      <span className={cn("shrink-0 rounded border-l-4 px-1.5 py-0.5 text-xs", moduleColor(entry.module))}>{t(`modules.${entry.module}`)}</span>
                      <Link href={entry.href} className={cn("min-w-0 flex-1 text-brand-700 hover:underline", entry.cancelled && "line-through")}>
                        {entry.title}
                        {entry.subtitle && <span className="text-slate-500"> · {entry.subtitle}</span>}
                      </Link>
                      {entry.location && <span className="text-slate-600">{entry.location}</span>}
                      {entry.clashesWith.length > 0 && (
                        <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs font-medium text-red-800" data-testid="clash-mark">
                          ⚠ {t("clashWith")}: {entry.clashesWith.map((other) => other.title).join(", ")}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
