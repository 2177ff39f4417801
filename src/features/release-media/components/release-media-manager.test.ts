import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import cs from "@/i18n/messages/cs.json";
import en from "@/i18n/messages/en.json";
import { type ManagedFile, ReleaseMediaManager } from "./release-media-manager";

// The uploader renders in both languages with the catalogs' keys: a missing key throws.
vi.mock("../actions", () => ({ uploadReleaseFileAction: async () => null, updateReleaseFileAction: async () => null, removeReleaseFileAction: async () => null }));

const releaseId = "01a20088-a886-73fb-a4b6-9e3d982e78ec";
const files: ManagedFile[] = [
  { id: "01a20088-a886-73fb-a4b6-9e3d982e7801", kind: "PHOTO", fileName: "radnice.jpg", mimeType: "image/jpeg", byteSize: 1_572_864, width: 3000, height: 2000, caption: "Nová radnice", credit: "Foto: MěÚ", altText: "Budova <radnice>", position: 0 },
  { id: "01a20088-a886-73fb-a4b6-9e3d982e7802", kind: "ATTACHMENT", fileName: "rozpocet.pdf", mimeType: "application/pdf", byteSize: 20_480, width: null, height: null, caption: null, credit: null, altText: null, position: 0 },
];

function render(locale: "cs" | "en", canManage: boolean, list = files) {
  return renderToString(
    createElement(NextIntlClientProvider, {
      locale,
      timeZone: "Europe/Prague",
      messages: { releaseMedia: (locale === "cs" ? cs : en).releaseMedia },
      onError: (error: Error) => {
        throw error;
      },
      children: createElement(ReleaseMediaManager, { pressReleaseId: releaseId, files: list, canManage }),
    }),
  );
}

describe("ReleaseMediaManager", () => {
  it.each(["cs", "en"] as const)("lists thumbnails and attachments and offers the uploader to editors (%s)", (locale) => {
    const html = render(locale, true);
    expect(html).toContain(`src="/media/${files[0].id}?size=web"`);
    expect(html).toContain('alt="Budova &lt;radnice&gt;"');
    expect(html).toContain(`href="/media/${files[1].id}?download=1"`);
    expect(html).toContain('type="file"');
    expect(html).toContain('name="file"');
    expect(html).toContain(`name="pressReleaseId" value="${releaseId}"`);
    expect(html).toContain('accept="image/jpeg,image/png,image/webp"');
    expect(html).toContain((locale === "cs" ? cs : en).releaseMedia.upload.submit);
    expect(html).toContain(locale === "cs" ? "1,5 MB" : "1.5 MB");
  });

  it("shows no upload, edit or remove to readers; an empty list says so", () => {
    const html = render("en", false);
    expect(html).not.toContain('type="file"');
    expect(html).not.toContain(en.releaseMedia.remove.submit);
    expect(render("en", false, [])).toContain(en.releaseMedia.empty);
  });
});
