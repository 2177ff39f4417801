import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/server/auth/page-guard";
import { findNavItem } from "./navigation";

/** The page of a module whose issue has not landed yet: guarded like the real one will be. */
export async function ModuleComingPage({ module }: { module: string }) {
  const item = findNavItem(module);
  await requirePageActor(item.permission ?? undefined);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t(`nav.${module}`)} subtitle={t(`modules.${module}`)} />
      <Card>
        <h2 className="text-base font-semibold text-slate-900">{t("modules.comingTitle", { module: t(`nav.${module}`) })}</h2>
        <p className="mt-2 text-sm text-slate-600">{t("modules.comingBody")}</p>
      </Card>
    </>
  );
}
