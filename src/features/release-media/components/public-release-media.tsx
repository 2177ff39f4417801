import { getLocale, getTranslations } from "next-intl/server";
import { formatBytes } from "../format";
import { cachedNewsroom } from "@/features/newsroom/cached-reads";

/**
 * The newsroom's photos and attachments of a published release (only of a publicly visible one:
 * listPublicReleaseFiles). Photos show the web version with their alt text, caption and credit, and
 * link to the full size as a download; attachments are listed with their size.
 */
export async function PublicReleaseMedia({ slug }: { slug: string }) {
  const [{ photos, attachments }, t, locale] = await Promise.all([cachedNewsroom.releaseFiles(slug), getTranslations("releaseMedia"), getLocale()]);
  if (photos.length === 0 && attachments.length === 0) return null;
  return (
    <section aria-labelledby="newsroom-media-heading" className="mt-10 space-y-8" data-testid="newsroom-media">
      <h2 id="newsroom-media-heading" className="text-xl font-semibold text-slate-900">
        {t("public.title")}
      </h2>
      {photos.length > 0 && (
        <div className="grid gap-6 sm:grid-cols-2">
          {photos.map((photo) => (
            <figure key={photo.id} className="space-y-2" data-testid="newsroom-photo">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by /media, already resized */}
              <img
                src={`/media/${photo.id}?size=web`}
                alt={photo.altText ?? ""}
                width={photo.width ?? undefined}
                height={photo.height ?? undefined}
                className="h-auto w-full rounded-md bg-slate-100"
                loading="lazy"
              />
              <figcaption className="text-sm text-slate-700">
                {photo.caption && <span>{photo.caption}</span>}
                {photo.credit && <span className="block text-slate-500">{photo.credit}</span>}
                <a href={`/media/${photo.id}?size=full&download=1`} className="mt-1 inline-block text-brand-700 hover:underline" download>
                  {t("public.downloadFull")}
                  {photo.width && photo.height ? ` (${photo.width} × ${photo.height} px, ${formatBytes(photo.byteSize, locale)})` : ""}
                  <span className="sr-only"> – {photo.altText}</span>
                </a>
              </figcaption>
            </figure>
          ))}
        </div>
      )}
      {attachments.length > 0 && (
        <div>
          <h3 className="text-base font-semibold text-slate-900">{t("public.attachments")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {attachments.map((attachment) => (
              <li key={attachment.id} data-testid="newsroom-attachment">
                <a href={`/media/${attachment.id}?download=1`} className="font-medium text-brand-700 hover:underline" download>
                  {attachment.caption || attachment.fileName}
                </a>{" "}
                <span className="text-slate-500">({t("public.pdfSize", { size: formatBytes(attachment.byteSize, locale) })})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
