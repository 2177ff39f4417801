import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { listColleagues } from "@/features/users/queries";
import type { Actor } from "@/server/authz/permissions";
import { listResolutions, listTopics } from "../queries";
import type { ReleaseFormOptions } from "./release-form";

/** The choices of the release form, in the reader's language. */
export async function loadReleaseFormOptions(actor: Actor): Promise<ReleaseFormOptions> {
  const [topics, resolutions, contacts, locale, format, t] = await Promise.all([
    listTopics(),
    listResolutions(actor),
    listColleagues(actor, { role: "SPOKESPERSON" }),
    getLocale(),
    getFormatter(),
    getTranslations("pressReleases"),
  ]);
  return {
    topics: topics.map((topic) => ({ id: topic.id, name: locale === "en" ? topic.nameEn : topic.nameCs })),
    resolutions: resolutions.map((resolution) => ({
      id: resolution.id,
      label: `${t("resolutionLabel", { body: resolution.body, number: resolution.number, date: format.dateTime(resolution.adoptedOn, { dateStyle: "medium", timeZone: "UTC" }) })} — ${resolution.title}`,
    })),
    contacts,
  };
}
