"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";

export interface VisitTableRow {
  id: string;
  direction: "INCOMING" | "OUTGOING";
  title: string;
  startDate: string;
  endDate: string;
  counterpart: string;
  host: string | null;
  status: "DRAFT" | "PLANNED" | "CONFIRMED" | "COMPLETED" | "CANCELLED";
  guestCount: number;
  programmeCount: number;
  unconfirmedBookings: number;
  upcoming: boolean;
}

export const STATUS_TONE = { DRAFT: "slate", PLANNED: "blue", CONFIRMED: "green", COMPLETED: "slate", CANCELLED: "red" } as const;

/** The visits: upcoming first (the order comes from the server), past ones greyed. */
export function VisitsTable({ rows }: { rows: VisitTableRow[] }) {
  const t = useTranslations("visits");
  const common = useTranslations("common");
  const format = useFormatter();
  const columns = useMemo(() => {
    const helper = dataTableColumns<VisitTableRow>();
    const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), { day: "numeric", month: "numeric", year: "numeric" });
    return helper.columns([
      helper.accessor("startDate", {
        id: "dates",
        header: t("columns.dates"),
        enableSorting: false,
        cell: (info) => (
          <span className="whitespace-nowrap tabular-nums text-slate-700">
            {day(info.row.original.startDate)}
            {info.row.original.endDate !== info.row.original.startDate && <> – {day(info.row.original.endDate)}</>}
          </span>
        ),
      }),
      helper.accessor("title", {
        id: "title",
        header: t("columns.title"),
        enableSorting: false,
        cell: (info) => (
          <div className="min-w-56">
            <Link href={`/visits/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {info.getValue()}
            </Link>
            <div className="text-xs text-slate-600">{info.row.original.counterpart}</div>
          </div>
        ),
      }),
      helper.accessor("direction", { id: "direction", header: t("columns.direction"), enableSorting: false, cell: (info) => t(`direction.${info.getValue()}`) }),
      helper.accessor("status", {
        id: "status",
        header: t("columns.status"),
        enableSorting: false,
        cell: (info) => (
          <div className="flex flex-col items-start gap-1">
            <Badge tone={STATUS_TONE[info.getValue()]}>{t(`status.${info.getValue()}`)}</Badge>
            {info.row.original.unconfirmedBookings > 0 && info.row.original.status !== "CANCELLED" && (
              <span className="text-xs font-medium text-amber-800">{t("unconfirmedCount", { count: info.row.original.unconfirmedBookings })}</span>
            )}
          </div>
        ),
      }),
      helper.accessor((row) => row.host ?? "—", { id: "host", header: t("columns.host"), enableSorting: false }),
      helper.accessor("guestCount", { id: "guests", header: t("columns.guests"), enableSorting: false, cell: (info) => <span className="tabular-nums">{info.getValue()}</span> }),
    ]);
  }, [t, format]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      caption={t("title")}
      emptyText={t("empty")}
      rowClassName={(row) => (row.upcoming ? undefined : "text-slate-500 bg-slate-50/60")}
      labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
    />
  );
}
