"use client";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { bulkSubmitForReviewAction } from "../actions";
import type { ReleaseStatus } from "../schema";
import { StatusBadge } from "./status-badge";

export interface ReleaseTableRow {
  id: string;
  title: string;
  status: ReleaseStatus;
  language: string;
  updatedAt: Date;
  publishAt: Date | null;
  publishedAt: Date | null;
  embargoUntil: Date | null;
  author: { id: string; name: string };
  topics: Array<{ id: string; nameCs: string; nameEn: string }>;
}

export function ReleasesTable({ rows, sort, canDraft }: { rows: ReleaseTableRow[]; sort: { id: string; desc: boolean }; canDraft: boolean }) {
  const t = useTranslations("pressReleases");
  const common = useTranslations("common");
  const format = useFormatter();
  const locale = useLocale();
  const [bulkState, bulkAction, bulkPending] = useActionState(bulkSubmitForReviewAction, null);

  const columns = useMemo(() => {
    const helper = dataTableColumns<ReleaseTableRow>();
    const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
    return helper.columns([
      helper.accessor("title", {
        id: "title",
        header: t("columns.title"),
        cell: (info) => (
          <div className="min-w-64">
            <Link href={`/press-releases/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {info.getValue()}
            </Link>
            {info.row.original.embargoUntil && (
              <div className="text-xs text-amber-800">{t("detail.embargo", { time: when(info.row.original.embargoUntil) })}</div>
            )}
          </div>
        ),
      }),
      helper.accessor("status", {
        id: "status",
        header: t("columns.status"),
        cell: (info) => <StatusBadge status={info.getValue()} label={t(`status.${info.getValue()}`)} />,
      }),
      helper.accessor("language", { id: "language", header: t("columns.language"), enableSorting: false, cell: (info) => info.getValue().toUpperCase() }),
      helper.accessor((row) => row.author.name, { id: "author", header: t("columns.author"), enableSorting: false }),
      helper.accessor((row) => row.topics.map((topic) => (locale === "en" ? topic.nameEn : topic.nameCs)).join(", "), {
        id: "topics",
        header: t("columns.topics"),
        enableSorting: false,
        cell: (info) => <span className="text-slate-600">{info.getValue()}</span>,
      }),
      helper.accessor("updatedAt", { id: "updatedAt", header: t("columns.updatedAt"), cell: (info) => <span className="whitespace-nowrap text-slate-600">{when(info.getValue())}</span> }),
      helper.accessor((row) => row.publishedAt ?? row.publishAt, {
        id: "publishedAt",
        header: t("columns.publishedAt"),
        cell: (info) => <span className="whitespace-nowrap text-slate-600">{when(info.getValue())}</span>,
      }),
    ]);
  }, [t, format, locale]);

  return (
    <>
      {bulkState && (
        <div className="mb-3">
          {bulkState.ok ? (
            <Notice tone={bulkState.data.failed ? "warning" : "success"}>{t("done.bulk", bulkState.data)}</Notice>
          ) : (
            <Notice tone="error">{bulkState.message}</Notice>
          )}
        </div>
      )}
      <DataTable
        columns={columns}
        rows={rows}
        getRowId={(row) => row.id}
        caption={t("title")}
        emptyText={t("empty")}
        sort={sort}
        labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
        bulkActions={
          canDraft
            ? (ids, clear) => (
                <form
                  action={(formData) => {
                    bulkAction(formData);
                    clear();
                  }}
                  className="flex flex-wrap items-center gap-2"
                >
                  <span className="text-slate-700">{t("actions.selected", { count: ids.length })}</span>
                  {ids.map((id) => (
                    <input key={id} type="hidden" name="ids[]" value={id} />
                  ))}
                  <button type="submit" disabled={bulkPending} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
                    {t("actions.bulkSubmit")}
                  </button>
                </form>
              )
            : undefined
        }
      />
    </>
  );
}
