import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { PromoItemForm } from "@/features/promo-items/components/item-form";
import { promoItemOptions } from "@/features/promo-items/queries";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("promoItems"))("new") };
}

export default async function NewPromoItemPage() {
  const actor = await requirePageActor("promoItem.manage");
  const t = await getTranslations("promoItems");
  const options = await promoItemOptions(actor);
  return (
    <>
      <PageHeader title={t("new")} actions={<Link href="/promo-items" className="text-sm text-brand-700 hover:underline">← {t("backToList")}</Link>} />
      <Card className="max-w-3xl">
        <PromoItemForm idempotencyKey={crypto.randomUUID()} options={options} />
      </Card>
    </>
  );
}
