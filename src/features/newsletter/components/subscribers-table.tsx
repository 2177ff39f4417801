"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { DataTable, dataTableColumns } from "@/components/ui/data-table";
import { Badge } from "@/components/ui/page-header";
import { unsubscribeSubscriberAction } from "../actions";

export interface SubscriberRow {
  id: string;
  email: string;
  name: string;
  status: "PENDING" | "CONFIRMED" | "UNSUBSCRIBED";
  consentVersion: string;
  consentAt: Date;
  consentSource: string;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
  createdAt: Date;
  version: number;
}

const TONES = { PENDING: "amber", CONFIRMED: "green", UNSUBSCRIBED: "slate" } as const;

function UnsubscribeButton({ id, version }: { id: string; version: number }) {
  const t = useTranslations("newsletterMail.subscribers");
  const [state, action, pending] = useActionState(unsubscribeSubscriberAction, null);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="whitespace-nowrap text-sm text-slate-600 hover:text-red-700 hover:underline disabled:opacity-50">
        {t("unsubscribe")}
      </button>
      {state && !state.ok && <span className="ml-2 text-xs text-red-700">{state.message}</span>}
    </form>
  );
}

export function SubscribersTable({ rows, canManage }: { rows: SubscriberRow[]; canManage: boolean }) {
  const t = useTranslations("newsletterMail.subscribers");
  const common = useTranslations("common");
  const format = useFormatter();
  const columns = useMemo(() => {
    const helper = dataTableColumns<SubscriberRow>();
    const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : "—");
    return helper.columns([
      helper.accessor("email", {
        id: "email",
        header: t("columns.email"),
        enableSorting: false,
        cell: (info) => (
          <div className="min-w-56">
            <a href={`/newsletter/subscribers/${info.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {info.getValue()}
            </a>
            {info.row.original.name && <div className="text-xs text-slate-600">{info.row.original.name}</div>}
          </div>
        ),
      }),
      helper.accessor("status", {
        id: "status",
        header: t("columns.status"),
        enableSorting: false,
        cell: (info) => <Badge tone={TONES[info.getValue()]}>{t(`status.${info.getValue()}`)}</Badge>,
      }),
      helper.accessor("consentAt", {
        id: "consent",
        header: t("columns.consent"),
        enableSorting: false,
        cell: (info) => (
          <div className="whitespace-nowrap text-xs text-slate-700">
            <div>{when(info.getValue())}</div>
            <div className="text-slate-500">
              {t(`source.${info.row.original.consentSource}`)} · {t("consentVersionShort", { version: info.row.original.consentVersion })}
            </div>
          </div>
        ),
      }),
      helper.accessor("confirmedAt", { id: "confirmedAt", header: t("columns.confirmedAt"), enableSorting: false, cell: (info) => <span className="whitespace-nowrap text-xs">{when(info.getValue())}</span> }),
      helper.accessor("unsubscribedAt", { id: "unsubscribedAt", header: t("columns.unsubscribedAt"), enableSorting: false, cell: (info) => <span className="whitespace-nowrap text-xs">{when(info.getValue())}</span> }),
      helper.display({
        id: "actions",
        header: common("actions"),
        cell: (info) => (canManage && info.row.original.status !== "UNSUBSCRIBED" ? <UnsubscribeButton id={info.row.original.id} version={info.row.original.version} /> : null),
      }),
    ]);
  }, [t, common, format, canManage]);
  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      caption={t("caption")}
      emptyText={t("empty")}
      labels={{ sortAscending: common("sortAscending"), sortDescending: common("sortDescending"), selectAll: common("selectAll"), selectRow: common("selectRow") }}
    />
  );
}
