"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import { formatMoney } from "./money";

export interface PromoItemTableRow {
  id: string;
  sku: string;
  name: string;
  category: string;
  unit: string;
  location: string;
  supplier: string | null;
  minimumStock: number;
  isActive: boolean;
  onHand: number;
  stockValue: number;
  lastMovementAt: Date | null;
  hasPhoto: boolean;
  low: boolean;
}

export function PromoItemsTable({ rows, sort }: { rows: PromoItemTableRow[]; sort: { id: string; desc: boolean } }) {
  const t = useTranslations("promoItems");
  const common = useTranslations("common");
  const format = useFormatter();
  const columns = useMemo(() => {
    const helper = dataTableColumns<PromoItemTableRow>();
    return helper.columns([
      helper.accessor("sku", { id: "sku", header: t("columns.sku"), cell: (info) => <span className="whitespace-nowrap font-mono text-xs text-slate-700">{info.getValue()}</span> }),
      helper.accessor("name", {
        id: "name",
        header: t("columns.name"),
        cell: (info) => (
          <div className="flex min-w-56 items-center gap-3">
            {info.row.original.hasPhoto && (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={`/promo-items/${info.row.original.id}/photo`} alt="" className="size-9 shrink-0 rounded object-cover" loading="lazy" />
            )}
            <div>
              <Link href={`/promo-items/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
                {info.getValue()}
              </Link>
              {!info.row.original.isActive && <span className="ml-2 text-xs text-slate-500">({t("inactive")})</span>}
              {info.row.original.supplier && <div className="text-xs text-slate-600">{info.row.original.supplier}</div>}
            </div>
          </div>
        ),
      }),
      helper.accessor("category", { id: "category", header: t("columns.category") }),
      helper.accessor("location", { id: "location", header: t("columns.location") }),
      helper.accessor("onHand", {
        id: "onHand",
        header: t("columns.onHand"),
        cell: (info) => (
          <div className="whitespace-nowrap text-right tabular-nums">
            <span className={info.row.original.low ? "font-semibold text-red-700" : "text-slate-900"} data-testid="on-hand">
              {format.number(info.getValue())} {info.row.original.unit}
            </span>
            <div className="text-xs text-slate-500">
              {info.row.original.low ? (
                <span className="inline-block rounded bg-red-100 px-1.5 py-0.5 font-medium text-red-800">{t("lowStock", { minimum: info.row.original.minimumStock })}</span>
              ) : info.row.original.minimumStock > 0 ? (
                t("minimum", { minimum: info.row.original.minimumStock })
              ) : null}
            </div>
          </div>
        ),
      }),
      helper.accessor("stockValue", {
        id: "stockValue",
        header: t("columns.stockValue"),
        cell: (info) => <span className="whitespace-nowrap tabular-nums text-slate-700">{formatMoney(format, info.getValue())}</span>,
      }),
      helper.accessor("lastMovementAt", {
        id: "lastMovementAt",
        header: t("columns.lastMovementAt"),
        cell: (info) => {
          const value = info.getValue();
          return <span className="whitespace-nowrap text-slate-600">{value ? format.dateTime(value, { dateStyle: "medium" }) : "—"}</span>;
        },
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
      rowClassName={(row) => (row.low ? "bg-red-50/70" : !row.isActive ? "text-slate-500" : undefined)}
      labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
    />
  );
}
