import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ResolutionForm } from "@/features/resolutions/components/resolution-form";
import { requirePageActor } from "@/server/auth/page-guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resolutions"))("newTitle") };
}

export default async function NewResolutionPage() {
  await requirePageActor("resolution.manage");
  const t = await getTranslations("resolutions");
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        actions={
          <LinkButton href="/press-releases/resolutions" variant="secondary">
            {t("backToRegister")}
          </LinkButton>
        }
      />
      <Card className="max-w-3xl">
        <ResolutionForm
          mode="create"
          idempotencyKey={crypto.randomUUID()}
          initial={{ body: "RM", number: "", adoptedOn: "", title: "", text: "", url: "" }}
        />
      </Card>
    </>
  );
}
