import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ImportResolutions } from "@/features/resolutions/components/import-resolutions";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resolutions.import"))("title") };
}

export default async function ImportResolutionsPage() {
  await requirePageActor("resolution.manage");
  const t = await getTranslations("resolutions");
  return (
    <>
      <PageHeader
        title={t("import.title")}
        subtitle={t("import.subtitle")}
        actions={
          <LinkButton href="/press-releases/resolutions" variant="secondary">
            {t("backToRegister")}
          </LinkButton>
        }
      />
      <Card>
        <ImportResolutions templateHref="/templates/usneseni-vzor.csv" />
      </Card>
    </>
  );
}
