import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/page-header";
import { ReleaseForm } from "@/features/press-releases/components/release-form";
import { loadReleaseFormOptions } from "@/features/press-releases/components/release-form-options";
import { getPressRelease } from "@/features/press-releases/queries";
import { RELEASE_LANGUAGES } from "@/features/press-releases/schema";
import { orPageError, requirePageActor } from "@/server/auth/page-guard";

// /press-releases/new, or ?translationOf=<id>&language=en for a language version of a release.
export default async function NewPressReleasePage({ searchParams }: { searchParams: Promise<{ translationOf?: string; language?: string }> }) {
  const actor = await requirePageActor("pressRelease.draft");
  const t = await getTranslations("pressReleases");
  const { translationOf, language } = await searchParams;
  const source = translationOf ? await orPageError(getPressRelease(actor, translationOf)) : null;
  const versionLanguage = RELEASE_LANGUAGES.find((candidate) => candidate === language && candidate !== source?.language) ?? "en";
  const options = await loadReleaseFormOptions(actor);
  return (
    <>
      <PageHeader title={source ? t("newVersionTitle", { language: t(`languages.${versionLanguage}`), title: source.title }) : t("newTitle")} />
      <Card>
        <ReleaseForm
          mode="create"
          idempotencyKey={crypto.randomUUID()}
          translationOfId={source?.id}
          lockLanguage={Boolean(source)}
          options={options}
          initial={{
            title: "",
            perex: "",
            bodyHtml: "",
            dateline: source?.dateline ?? "",
            language: source ? versionLanguage : "cs",
            contactPersonId: source?.contactPerson?.id ?? "",
            topicIds: source?.topics.map((topic) => topic.id) ?? [],
            resolutionIds: source?.resolutions.map((resolution) => resolution.id) ?? [],
          }}
        />
      </Card>
    </>
  );
}
