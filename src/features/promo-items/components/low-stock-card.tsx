import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/page-header";
import type { Actor } from "@/server/authz/permissions";
import { listLowStockItems } from "../queries";

/** The home page's low-stock card (roles that see the store); the dashboard can use listLowStockItems too. */
export async function LowStockCard({ actor }: { actor: Actor }) {
  const t = await getTranslations("promoItems");
  const items = await listLowStockItems(actor, 6);
  return (
    <section aria-labelledby="low-stock-title" className="mb-8">
      <h2 id="low-stock-title" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
        {t("home.title")}
      </h2>
      <Card>
        {items.length === 0 ? (
          <p className="text-sm text-slate-600">{t("home.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="low-stock-list">
            {items.map((item) => (
              <li key={item.id} className="flex items-center justify-between gap-3 py-1.5">
                <Link href={`/promo-items/${item.id}`} className="truncate text-brand-700 hover:underline">
                  {item.name}
                </Link>
                <span className="shrink-0 tabular-nums text-red-700">
                  {t("home.onHandOfMinimum", { onHand: item.onHand, minimum: item.minimumStock, unit: item.unit })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Link href="/promo-items?low=1" className="mt-2 inline-block text-sm text-brand-700 hover:underline">
          {t("home.open")}
        </Link>
      </Card>
    </section>
  );
}
