import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { addAdSizeAction, changeAdOrderStatusAction, createAdOrderAction, createAdvertiserAction, updateAdvertiserAction, uploadArtworkAction } from "@/features/newspaper/actions";
import { formatDay } from "@/features/newspaper/components/format";
import { SpecForm } from "@/features/newspaper/components/spec-form";
import { adOrderTotals } from "@/features/newspaper/policy";
import { listAdvertising, listNewspaperOverview } from "@/features/newspaper/queries";
import { AD_SIZE_CODES } from "@/features/newspaper/schema";
import { formatMoney } from "@/features/promo-items/components/money";
import { requirePageActor } from "@/server/auth/page-guard";
import { can } from "@/server/authz/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newspaper"))("ads.title") };
}

const ORDER_TONE = { ORDERED: "slate", ARTWORK_RECEIVED: "blue", PLACED: "green", CANCELLED: "red" } as const;

export default async function AdvertisingPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("newsletter.view");
  const t = await getTranslations("newspaper");
  const format = await getFormatter();
  const params = await searchParams;
  const [{ advertisers, sizes, orders, issues }, overview] = await Promise.all([listAdvertising(actor, { issueId: params.issue, all: params.issue === "all" }), listNewspaperOverview(actor)]);
  const { publications, today } = overview;
  const totals = orders.filter((order) => order.status !== "CANCELLED").reduce((sum, order) => {
    const line = adOrderTotals(order.priceMinor, order.vatPercent);
    return { net: sum.net + line.net, gross: sum.gross + line.gross };
  }, { net: 0, gross: 0 });
  const manageAds = can(actor, "newsletter.advertising");
  const manageRates = can(actor, "newsletter.manageIssues");
  const current = sizes.filter((size) => size.isCurrent);
  return (
    <>
      <PageHeader title={t("ads.title")} subtitle={t("ads.subtitle")} actions={<Link href="/newsletter" className="text-sm text-brand-700 hover:underline">← {t("backToIssues")}</Link>} />

      <Card className="mb-6">
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 className="text-base font-semibold">{t("ads.orders")}</h2>
          <form method="get" className="flex items-end gap-2 text-sm" data-testid="ad-filter">
            <label>
              {t("ads.issue")}{" "}
              <select name="issue" defaultValue={params.issue ?? ""} className="rounded border border-slate-300 px-2 py-1">
                <option value="">{t("ads.openIssues")}</option>
                <option value="all">{t("ads.allIssues")}</option>
                {overview.issues.map((issue) => (
                  <option key={issue.id} value={issue.id}>{issue.number}/{issue.year}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded border border-slate-300 bg-white px-2 py-1 font-medium text-brand-700">{t("council.show")}</button>
          </form>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="ad-orders">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("ads.issue")}</th>
                <th className="py-2 pr-3">{t("ads.advertiser")}</th>
                <th className="py-2 pr-3">{t("ads.size")}</th>
                <th className="py-2 pr-3 text-right">{t("ads.net")}</th>
                <th className="py-2 pr-3 text-right">{t("ads.gross")}</th>
                <th className="py-2 pr-3">{t("ads.placement")}</th>
                <th className="py-2 pr-3">{t("ads.status")}</th>
                <th className="py-2 pr-3">{t("ads.artwork")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => {
                const line = adOrderTotals(order.priceMinor, order.vatPercent);
                const open = order.issue.status !== "AT_PRINTER" && order.issue.status !== "DISTRIBUTED";
                return (
                  <tr key={order.id} className="border-b border-slate-100 align-top last:border-0">
                    <td className="py-2 pr-3"><Link href={`/newsletter/issues/${order.issue.id}`} className="text-brand-700 hover:underline">{order.issue.number}/{order.issue.year}</Link></td>
                    <td className="py-2 pr-3">{order.advertiser.company}</td>
                    <td className="py-2 pr-3">{order.sizeCode}</td>
                    <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{formatMoney(format, line.net)}</td>
                    <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{formatMoney(format, line.gross)}<span className="block text-xs text-slate-500">{t("ads.vatIncluded", { rate: order.vatPercent })}</span></td>
                    <td className="whitespace-nowrap py-2 pr-3">{order.page ? t("articles.onPage", { page: order.page }) : order.placement || "—"}</td>
                    <td className="py-2 pr-3">
                      <Badge tone={ORDER_TONE[order.status]}>{t(`adStatus.${order.status}`)}</Badge>
                      {manageAds && open && order.status !== "CANCELLED" && (
                        <div className="mt-1"><SpecForm action={changeAdOrderStatusAction} hidden={{ id: order.id, version: String(order.version), status: "CANCELLED" }} fields={[]} submitLabel={t("ads.cancel")} variant="secondary" /></div>
                      )}
                    </td>
                    <td className="py-2 pr-3">
                      {order.artworkName ? <a href={`/newsletter/artwork/${order.id}`} className="text-brand-700 hover:underline">{order.artworkName}</a> : <span className="text-slate-500">—</span>}
                      {manageAds && open && order.status !== "CANCELLED" && (
                        <details className="mt-1">
                          <summary className="cursor-pointer text-xs text-brand-700">{t("ads.uploadArtwork")}</summary>
                          <SpecForm action={uploadArtworkAction} hidden={{ id: order.id, version: String(order.version) }} columns={1} submitLabel={t("ads.upload")} fields={[{ name: "file", label: t("ads.artworkFile"), type: "file", accept: "application/pdf,image/jpeg,image/png,image/webp" }]} />
                        </details>
                      )}
                    </td>
                  </tr>
                );
              })}
              {orders.length === 0 && <tr><td colSpan={8} className="py-3 text-slate-500">{t("ads.noOrders")}</td></tr>}
            </tbody>
            {orders.length > 0 && (
              <tfoot className="border-t border-slate-300 font-semibold">
                <tr>
                  <td colSpan={3} className="py-2 pr-3">{t("ads.total", { count: orders.filter((order) => order.status !== "CANCELLED").length })}</td>
                  <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{formatMoney(format, totals.net)}</td>
                  <td className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">{formatMoney(format, totals.gross)}</td>
                  <td colSpan={3} />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
        {manageAds && issues.length > 0 && advertisers.length > 0 && current.length > 0 && (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("ads.newOrder")}</summary>
            <div className="mt-3 max-w-3xl">
              <SpecForm
                action={createAdOrderAction}
                testId="new-ad-order"
                hidden={{ idempotencyKey: crypto.randomUUID() }}
                submitLabel={t("ads.createOrder")}
                success={t("saved")}
                columns={2}
                fields={[
                  { name: "issueId", label: t("ads.issue"), type: "select", required: true, options: issues.map((issue) => ({ value: issue.id, label: `${issue.publication.name} ${issue.number}/${issue.year}` })) },
                  { name: "advertiserId", label: t("ads.advertiser"), type: "select", required: true, options: advertisers.filter((a) => a.isActive).map((a) => ({ value: a.id, label: a.company })) },
                  { name: "adSizeId", label: t("ads.size"), type: "select", required: true, options: current.map((size) => ({ value: size.id, label: `${size.publication.name}: ${size.label} — ${formatMoney(format, size.priceMinor)} + ${size.vatPercent} %` })) },
                  { name: "discountPercent", label: t("ads.discount"), type: "number", defaultValue: "0" },
                  { name: "placement", label: t("ads.placementWish"), wide: true },
                  { name: "note", label: t("ads.note"), type: "textarea", rows: 2 },
                ]}
              />
            </div>
          </details>
        )}
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("ads.advertisers", { count: advertisers.length })}</h2>
          <ul className="mb-4 max-h-96 divide-y divide-slate-100 overflow-y-auto text-sm" data-testid="advertisers">
            {advertisers.map((advertiser) => (
              <li key={advertiser.id} className="py-2">
                <strong>{advertiser.company}</strong>
                {!advertiser.isActive && <span className="ml-1"><Badge>{t("inactive")}</Badge></span>}
                <span className="block text-xs text-slate-600">
                  {advertiser.ico ? `${t("ads.ico")} ${advertiser.ico}` : ""}
                  {advertiser.vatId ? ` · ${t("ads.vatId")} ${advertiser.vatId}` : ""}
                  {advertiser.city ? ` · ${[advertiser.street, `${advertiser.postalCode} ${advertiser.city}`.trim()].filter(Boolean).join(", ")}` : ""}
                </span>
                <span className="block text-xs text-slate-600">{[advertiser.contactPerson, advertiser.email, advertiser.phone].filter(Boolean).join(" · ")} · {t("ads.orderCount", { count: advertiser._count.orders })}</span>
                {manageAds && (
                  <details>
                    <summary className="cursor-pointer text-xs text-brand-700">{t("ads.editAdvertiser")}</summary>
                    <div className="mt-2">
                      <SpecForm
                        action={updateAdvertiserAction}
                        hidden={{ id: advertiser.id, version: String(advertiser.version) }}
                        submitLabel={t("save")}
                        success={t("saved")}
                        fields={[
                          { name: "company", label: t("ads.company"), defaultValue: advertiser.company, wide: true },
                          { name: "ico", label: t("ads.ico"), defaultValue: advertiser.ico ?? "" },
                          { name: "vatId", label: t("ads.vatId"), defaultValue: advertiser.vatId ?? "" },
                          { name: "street", label: t("ads.street"), defaultValue: advertiser.street, wide: true },
                          { name: "postalCode", label: t("ads.postalCode"), defaultValue: advertiser.postalCode },
                          { name: "city", label: t("ads.city"), defaultValue: advertiser.city },
                          { name: "contactPerson", label: t("ads.contactPerson"), defaultValue: advertiser.contactPerson },
                          { name: "email", label: t("ads.email"), type: "email", defaultValue: advertiser.email },
                          { name: "phone", label: t("ads.phone"), defaultValue: advertiser.phone },
                          { name: "isActive", label: t("council.active"), type: "checkbox", defaultValue: advertiser.isActive },
                          { name: "note", label: t("ads.note"), type: "textarea", rows: 2, defaultValue: advertiser.note },
                        ]}
                      />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
          {manageAds && (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("ads.newAdvertiser")}</summary>
              <div className="mt-3">
                <SpecForm
                  action={createAdvertiserAction}
                  testId="new-advertiser"
                  hidden={{ idempotencyKey: crypto.randomUUID() }}
                  submitLabel={t("ads.createAdvertiser")}
                  success={t("saved")}
                  fields={[
                    { name: "company", label: t("ads.company"), required: true, wide: true },
                    { name: "ico", label: t("ads.ico"), hint: t("ads.icoHint") },
                    { name: "vatId", label: t("ads.vatId") },
                    { name: "street", label: t("ads.street"), wide: true },
                    { name: "postalCode", label: t("ads.postalCode") },
                    { name: "city", label: t("ads.city") },
                    { name: "contactPerson", label: t("ads.contactPerson") },
                    { name: "email", label: t("ads.email"), type: "email" },
                    { name: "phone", label: t("ads.phone") },
                    { name: "note", label: t("ads.note"), type: "textarea", rows: 2 },
                  ]}
                />
              </div>
            </details>
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-base font-semibold">{t("ads.rateCard")}</h2>
          <table className="mb-4 w-full text-left text-sm" data-testid="rate-card">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2 pr-3">{t("ads.size")}</th>
                <th className="py-2 pr-3 text-right">{t("ads.price")}</th>
                <th className="py-2 pr-3">{t("ads.vat")}</th>
                <th className="py-2 pr-3">{t("ads.validFrom")}</th>
              </tr>
            </thead>
            <tbody>
              {sizes.map((size) => (
                <tr key={size.id} className={`border-b border-slate-100 last:border-0 ${size.isCurrent ? "" : "text-slate-400"}`}>
                  <td className="py-1.5 pr-3"><strong>{size.code}</strong>{size.label && size.label !== size.code ? ` · ${size.label}` : ""}{publications.length > 1 ? ` (${size.publication.name})` : ""}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{formatMoney(format, size.priceMinor)}</td>
                  <td className="py-1.5 pr-3">{size.vatPercent} %</td>
                  <td className="py-1.5 pr-3">{formatDay(format, size.validFrom)}{size.isCurrent ? "" : size.validFrom > today ? ` · ${t("ads.future")}` : ` · ${t("ads.superseded")}`}</td>
                </tr>
              ))}
              {sizes.length === 0 && <tr><td colSpan={4} className="py-3 text-slate-500">{t("ads.noRates")}</td></tr>}
            </tbody>
          </table>
          {manageRates && publications.length > 0 && (
            <details>
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("ads.newRate")}</summary>
              <div className="mt-3">
                <SpecForm
                  action={addAdSizeAction}
                  submitLabel={t("ads.createRate")}
                  success={t("saved")}
                  fields={[
                    { name: "publicationId", label: t("publication.name"), type: "select", options: publications.map((p) => ({ value: p.id, label: p.name })), wide: true },
                    { name: "code", label: t("ads.size"), type: "select", options: AD_SIZE_CODES.map((code) => ({ value: code, label: code })) },
                    { name: "label", label: t("ads.label") },
                    { name: "priceMinor", label: t("ads.priceNet"), required: true },
                    { name: "vatPercent", label: t("ads.vat"), type: "number", defaultValue: "21" },
                    { name: "validFrom", label: t("ads.validFrom"), type: "date", defaultValue: today },
                  ]}
                />
              </div>
            </details>
          )}
        </Card>
      </div>
    </>
  );
}
