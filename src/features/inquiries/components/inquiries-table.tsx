"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import type { InquiryChannel, InquiryStatus } from "../schema";
import { InquiryStatusBadge, OverdueBadge } from "./status-badge";

export interface InquiryTableRow {
  id: string;
  number: string;
  subject: string;
  status: InquiryStatus;
  channel: InquiryChannel;
  receivedAt: Date;
  deadline: Date;
  isFoiRequest: boolean;
  foiDeadline: string | null;
  requester: string | null;
  outletName: string | null;
  owner: { id: string; name: string } | null;
  overdue: boolean;
}

export function InquiriesTable({ rows, sort }: { rows: InquiryTableRow[]; sort: { id: string; desc: boolean } }) {
  const t = useTranslations("inquiries");
  const common = useTranslations("common");
  const format = useFormatter();
  const columns = useMemo(() => {
    const helper = dataTableColumns<InquiryTableRow>();
    // Date over time: the two date columns stay narrow in every language ("11/19/26, 3:24 PM" does not fit).
    const when = (date: Date) => (
      <>
        <span className="block whitespace-nowrap">{format.dateTime(date, { dateStyle: "short" })}</span>
        <span className="block whitespace-nowrap text-xs">{format.dateTime(date, { timeStyle: "short" })}</span>
      </>
    );
    return helper.columns([
      helper.accessor("number", {
        id: "number",
        header: t("columns.number"),
        cell: (info) => <span className="whitespace-nowrap font-mono text-xs text-slate-700">{info.getValue()}</span>,
      }),
      helper.accessor("subject", {
        id: "subject",
        header: t("columns.subject"),
        enableSorting: false,
        cell: (info) => (
          <div className="min-w-56">
            <Link href={`/inquiries/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {info.getValue()}
            </Link>
            <div className="text-xs text-slate-600">
              {[info.row.original.requester, info.row.original.outletName, t(`channel.${info.row.original.channel}`)].filter(Boolean).join(" · ")}
            </div>
          </div>
        ),
      }),
      helper.accessor("status", {
        id: "status",
        header: t("columns.status"),
        cell: (info) => (
          <div className="flex flex-col items-start gap-1">
            <InquiryStatusBadge status={info.getValue()} label={t(`status.${info.getValue()}`)} />
            {info.row.original.isFoiRequest && <span className="text-xs font-medium text-brand-800">{t("foiShort")}</span>}
          </div>
        ),
      }),
      helper.accessor((row) => row.owner?.name ?? "—", { id: "owner", header: t("columns.owner"), enableSorting: false }),
      helper.accessor("receivedAt", {
        id: "receivedAt",
        header: t("columns.receivedAt"),
        cell: (info) => <span className="text-slate-600">{when(info.getValue())}</span>,
      }),
      helper.accessor("deadline", {
        id: "deadline",
        header: t("columns.deadline"),
        cell: (info) => (
          <div>
            <span className={info.row.original.overdue ? "font-semibold text-red-700" : "text-slate-700"}>{when(info.getValue())}</span>
            {info.row.original.overdue && (
              <div className="mt-1">
                <OverdueBadge label={t("overdue")} />
              </div>
            )}
          </div>
        ),
      }),
    ]);
  }, [t, format]);

  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      caption={t("title")}
      emptyText={t("empty")}
      sort={sort}
      rowClassName={(row) => (row.overdue ? "bg-red-50/70" : undefined)}
      labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
    />
  );
}
