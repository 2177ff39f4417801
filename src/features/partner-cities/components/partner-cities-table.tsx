"use client";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";
import { countryName, type PartnerStatus } from "../schema";
import { PartnerStatusBadge, ProgressBar } from "./progress-bar";

export interface PartnerCityTableRow {
  id: string;
  name: string;
  country: string;
  region: string | null;
  status: PartnerStatus;
  since: string | null;
  languages: string[];
  plan: { year: number; done: number; total: number; percent: number | null } | null;
  overdueReplies: number;
}

export function PartnerCitiesTable({ rows, sort }: { rows: PartnerCityTableRow[]; sort: { id: string; desc: boolean } }) {
  const t = useTranslations("partnerCities");
  const common = useTranslations("common");
  const format = useFormatter();
  const locale = useLocale();
  const columns = useMemo(() => {
    const helper = dataTableColumns<PartnerCityTableRow>();
    return helper.columns([
      helper.accessor("name", {
        id: "name",
        header: t("columns.name"),
        cell: (info) => (
          <div className="min-w-48">
            <Link href={`/partner-cities/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {info.getValue()}
            </Link>
            {info.row.original.region && <div className="text-xs text-slate-600">{info.row.original.region}</div>}
          </div>
        ),
      }),
      helper.accessor("country", {
        id: "country",
        header: t("columns.country"),
        cell: (info) => <span className="whitespace-nowrap">{countryName(info.getValue(), locale)}</span>,
      }),
      helper.accessor("status", {
        id: "status",
        header: t("columns.status"),
        cell: (info) => <PartnerStatusBadge status={info.getValue()} label={t(`status.${info.getValue()}`)} />,
      }),
      helper.accessor("since", {
        id: "since",
        header: t("columns.since"),
        cell: (info) => <span className="whitespace-nowrap text-slate-700">{info.getValue() ? format.dateTime(new Date(`${info.getValue()}T12:00:00Z`), { dateStyle: "medium" }) : "—"}</span>,
      }),
      helper.accessor((row) => row.languages.join(", "), {
        id: "languages",
        header: t("columns.languages"),
        enableSorting: false,
        cell: (info) => <span className="font-mono text-xs uppercase text-slate-700">{info.getValue() || "—"}</span>,
      }),
      helper.accessor("plan", {
        id: "plan",
        header: t("columns.plan"),
        enableSorting: false,
        cell: (info) => {
          const plan = info.getValue();
          if (!plan) return <span className="text-slate-500">—</span>;
          return (
            <div>
              <ProgressBar
                percent={plan.percent}
                text={t("plans.progressShort", { done: plan.done, total: plan.total })}
                label={t("plans.progressLabel", { year: plan.year })}
              />
              <div className="text-xs text-slate-500">{t("plans.planOf", { year: plan.year })}</div>
            </div>
          );
        },
      }),
      helper.accessor("overdueReplies", {
        id: "overdueReplies",
        header: t("columns.overdueReplies"),
        enableSorting: false,
        cell: (info) =>
          info.getValue() > 0 ? (
            <Link href={`/partner-cities/correspondence?overdue=1&partnerCityId=${info.row.original.id}`} data-testid="overdue-replies">
              <Badge tone="red">
                <span aria-label={t("correspondence.overdueCount", { count: info.getValue() })}>{info.getValue()}</span>
              </Badge>
            </Link>
          ) : (
            <span className="text-slate-500">0</span>
          ),
      }),
    ]);
  }, [t, format, locale]);

  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      caption={t("title")}
      emptyText={t("empty")}
      sort={sort}
      rowClassName={(row) => (row.overdueReplies > 0 ? "bg-red-50/60" : undefined)}
      labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
    />
  );
}
