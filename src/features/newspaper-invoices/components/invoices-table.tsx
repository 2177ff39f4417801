"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";
import { formatCzk, type InvoiceStatus } from "../money";

export interface InvoiceRow {
  id: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  number: string;
  issueDay: string;
  dueDay: string;
  customerName: string;
  total: number;
  outstanding: number;
  status: string;
}

export const STATUS_TONES: Record<InvoiceStatus, "slate" | "green" | "red" | "amber" | "blue"> = {
  ISSUED: "blue",
  PARTIALLY_PAID: "amber",
  PAID: "green",
  OVERDUE: "red",
  CREDITED: "slate",
  CREDIT_NOTE: "slate",
};

const czDate = (day: string) => {
  const [year, month, date] = day.split("-").map(Number);
  return `${date}. ${month}. ${year}`;
};

export function InvoicesTable({ rows }: { rows: InvoiceRow[] }) {
  const t = useTranslations("newspaperBilling");
  const common = useTranslations("common");
  const columns = useMemo(() => {
    const helper = dataTableColumns<InvoiceRow>();
    return helper.columns([
      helper.accessor("number", {
        id: "number",
        header: t("columns.number"),
        enableSorting: false,
        cell: (info) => (
          <a href={`/newsletter/invoices/${info.row.original.id}`} className="whitespace-nowrap font-medium text-brand-700 hover:underline">
            {info.getValue()}
          </a>
        ),
      }),
      helper.accessor("customerName", { id: "customer", header: t("columns.customer"), enableSorting: false }),
      helper.accessor("issueDay", { id: "issueDay", header: t("columns.issueDay"), enableSorting: false, cell: (info) => <span className="whitespace-nowrap">{czDate(info.getValue())}</span> }),
      helper.accessor("dueDay", { id: "dueDay", header: t("columns.dueDay"), enableSorting: false, cell: (info) => <span className="whitespace-nowrap">{czDate(info.getValue())}</span> }),
      helper.accessor("total", { id: "total", header: t("columns.total"), enableSorting: false, cell: (info) => <span className="block whitespace-nowrap text-right tabular-nums">{formatCzk(info.getValue())}</span> }),
      helper.accessor("outstanding", {
        id: "outstanding",
        header: t("columns.outstanding"),
        enableSorting: false,
        cell: (info) => <span className="block whitespace-nowrap text-right tabular-nums">{info.row.original.kind === "INVOICE" ? formatCzk(info.getValue()) : "—"}</span>,
      }),
      helper.accessor("status", {
        id: "status",
        header: t("columns.status"),
        enableSorting: false,
        cell: (info) => <Badge tone={STATUS_TONES[info.getValue() as InvoiceStatus]}>{t(`status.${info.getValue() as InvoiceStatus}`)}</Badge>,
      }),
    ]);
  }, [t]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      caption={t("caption")}
      emptyText={t("empty")}
      rowClassName={(row) => (row.status === "OVERDUE" ? "bg-red-50" : undefined)}
      labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
    />
  );
}
