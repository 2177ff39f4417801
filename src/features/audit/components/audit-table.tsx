import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { labelAuditAction } from "../action-label";
import type { listAuditEntries } from "../queries";

type Entry = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

export async function AuditTable({
  entries,
  nextBefore,
  params,
}: {
  entries: Entry[];
  nextBefore: string | null;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("audit");
  const common = await getTranslations("common");
  const format = await getFormatter();
  const labels = await getTranslations("auditActions");
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const older = queryString({ ...params, before: nextBefore ?? undefined });
  return (
    <>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2.5">{t("at")}</th>
              <th scope="col" className="px-4 py-2.5">{t("actor")}</th>
              <th scope="col" className="px-4 py-2.5">{t("action")}</th>
              <th scope="col" className="px-4 py-2.5">{t("entity")}</th>
              <th scope="col" className="px-4 py-2.5">{t("change")}</th>
              <th scope="col" className="px-4 py-2.5">{t("ip")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="whitespace-nowrap px-4 py-2.5 text-slate-600">
                  <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "short", timeStyle: "medium" })}</time>
                </td>
                <td className="px-4 py-2.5">{entry.actor?.name ?? <span className="text-slate-500">{t("anonymous")}</span>}</td>
                <td className="px-4 py-2.5">
                  <span className="text-slate-800">{labelAuditAction(labels, entry.action)}</span>
                  <div className="font-mono text-[11px] text-slate-400">{entry.action}</div>
                </td>
                <td className="px-4 py-2.5 text-xs text-slate-600">
                  {entry.entityType}
                  {entry.entityId && <div className="font-mono text-[11px] text-slate-400">{entry.entityId}</div>}
                </td>
                <td className="max-w-md px-4 py-2.5">
                  <ChangeSummary before={entry.before} after={entry.after} labels={{ before: t("before"), after: t("after") }} />
                </td>
                <td className="whitespace-nowrap px-4 py-2.5 font-mono text-xs text-slate-500">{entry.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex gap-2">
        {params.before && (
          <Link href={`/admin/audit?${queryString({ ...params, before: undefined })}`} className={buttonClass("secondary")}>
            {common("newestEntries")}
          </Link>
        )}
        {nextBefore && (
          <Link href={`/admin/audit?${older}`} className={buttonClass("secondary")}>
            {common("olderEntries")}
          </Link>
        )}
      </div>
    </>
  );
}

/** Only the fields that changed; a created or logged entry shows its values. */
function ChangeSummary({ before, after, labels }: { before: unknown; after: unknown; labels: { before: string; after: string } }) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]) && key !== "version",
  );
  if (keys.length === 0) return null;
  return (
    <dl className="space-y-0.5 text-xs">
      {keys.map((key) => (
        <div key={key} className="flex flex-wrap gap-1">
          <dt className="font-medium text-slate-700">{key}:</dt>
          {key in b && (
            <dd className="text-red-700 line-through" title={labels.before}>
              {show(b[key])}
            </dd>
          )}
          {key in a && (
            <dd className="text-emerald-800" title={labels.after}>
              {show(a[key])}
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function show(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function queryString(params: Record<string, string | undefined>): string {
  return new URLSearchParams(Object.entries(params).filter((pair): pair is [string, string] => Boolean(pair[1]))).toString();
}
