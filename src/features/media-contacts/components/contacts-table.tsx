"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";

export interface ContactTableRow {
  id: string;
  name: string;
  email: string;
  role: string | null;
  beats: string[];
  languages: string[];
  informedAt: Date | null;
  informOverdue: boolean;
  doNotContact: boolean;
  unsubscribedAt: Date | null;
  createdAt: Date;
  outlet: { id: string; name: string; kind: string; region: string | null } | null;
  /** Further outlets (the list shows their number; the names in a tooltip). */
  affiliations: Array<{ role: string | null; outlet: { id: string; name: string } }>;
}

export function ContactsTable({ rows, sort }: { rows: ContactTableRow[]; sort: { id: string; desc: boolean } }) {
  const t = useTranslations("contacts");
  const common = useTranslations("common");
  const format = useFormatter();
  const columns = useMemo(() => {
    const helper = dataTableColumns<ContactTableRow>();
    return helper.columns([
      helper.accessor("name", {
        id: "name",
        header: t("columns.name"),
        cell: (info) => (
          <div className="min-w-48">
            <Link href={`/contacts/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {info.getValue()}
            </Link>
            <div className="text-xs text-slate-500">{info.row.original.email}</div>
          </div>
        ),
      }),
      helper.accessor((row) => row.outlet?.name ?? "", {
        id: "outlet",
        header: t("columns.outlet"),
        cell: (info) => {
          const { outlet, role, affiliations } = info.row.original;
          return (
            <div className="min-w-40">
              {outlet ? (
                <Link href={`/contacts/outlets/${outlet.id}`} className="hover:underline">
                  {outlet.name}
                </Link>
              ) : (
                "—"
              )}
              {affiliations.length > 0 && (
                <span
                  className="ml-1.5 whitespace-nowrap rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700"
                  title={affiliations.map((row) => (row.role ? `${row.outlet.name} (${row.role})` : row.outlet.name)).join("; ")}
                >
                  +{affiliations.length}
                  <span className="sr-only"> {t("affiliations.more", { count: affiliations.length })}</span>
                </span>
              )}
              <div className="text-xs text-slate-500">{[role, outlet ? t(`kinds.${outlet.kind}`) : null, outlet?.region].filter(Boolean).join(" · ")}</div>
            </div>
          );
        },
      }),
      helper.accessor((row) => row.beats.join(", "), {
        id: "beats",
        header: t("columns.beats"),
        enableSorting: false,
        cell: (info) => <span className="text-slate-700">{info.getValue()}</span>,
      }),
      helper.accessor((row) => row.languages.join(", ").toUpperCase(), { id: "languages", header: t("columns.languages"), enableSorting: false }),
      helper.accessor("informedAt", {
        id: "informedAt",
        header: t("columns.informedAt"),
        cell: (info) => {
          const row = info.row.original;
          if (row.informedAt) return <span className="whitespace-nowrap text-slate-600">{format.dateTime(row.informedAt, { dateStyle: "medium" })}</span>;
          return row.informOverdue ? <Badge tone="red">{t("informOverdue")}</Badge> : <Badge tone="amber">{t("notInformed")}</Badge>;
        },
      }),
      helper.display({
        id: "flags",
        header: t("columns.status"),
        cell: (info) => {
          const row = info.row.original;
          return (
            <div className="flex flex-wrap gap-1">
              {row.doNotContact && <Badge tone="red">{t("doNotContact")}</Badge>}
              {row.unsubscribedAt && <Badge tone="slate">{t("unsubscribed")}</Badge>}
            </div>
          );
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
      labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
    />
  );
}
