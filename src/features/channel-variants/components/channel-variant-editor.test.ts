import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import cs from "@/i18n/messages/cs.json";
import en from "@/i18n/messages/en.json";
import { ChannelVariantEditor, type ChannelVariantEditorProps } from "./channel-variant-editor";

// The editor renders in both languages with the catalogs' keys: a missing key throws.
vi.mock("../actions", () => ({ saveChannelVariantAction: async () => null, approveChannelVariantAction: async () => null }));
// The first useActionState (the save form) may be given a result, as after a failed save.
const outcome = vi.hoisted(() => ({ save: null as unknown }));
vi.mock("react", async (importOriginal) => {
  const react = await importOriginal<typeof import("react")>();
  let calls = 0;
  return {
    ...react,
    useActionState: (action: unknown, initial: unknown) => {
      calls += 1;
      return calls % 2 === 1 && outcome.save ? [outcome.save, () => undefined, false] : [initial, () => undefined, false];
    },
  };
});

const base: ChannelVariantEditorProps = {
  pressReleaseId: "01a20088-a886-73fb-a4b6-9e3d982e78ec",
  channel: "SMS",
  variant: { id: "01a20088-a886-73fb-a4b6-9e3d982e78ed", text: "Uzavírka ulice", version: 3, approvedAt: null, approvedByName: null },
  canSave: true,
  canApprove: true,
  ownApprovalBlocked: false,
};

function render(locale: "cs" | "en", props: Partial<ChannelVariantEditorProps> = {}) {
  const catalog = locale === "cs" ? cs : en;
  return renderToString(
    createElement(NextIntlClientProvider, {
      locale,
      timeZone: "Europe/Prague",
      messages: { common: catalog.common, channelVariants: (locale === "cs" ? cs : en).channelVariants },
      onError: (error: Error) => {
        throw error;
      },
      children: createElement(ChannelVariantEditor, { ...base, ...props }),
    }),
  );
}

describe("ChannelVariantEditor", () => {
  it.each(["cs", "en"] as const)("renders the SMS form with its counter, version and approve button (%s)", (locale) => {
    const html = render(locale);
    expect(html).toContain('name="channel" value="SMS"');
    expect(html).toContain('name="version" value="3"');
    expect(html).toContain("Uzavírka ulice</textarea>");
    expect(html).toContain("UCS-2 · 14");
    expect(html).toContain(`name="id" value="${base.variant?.id}"`);
    expect(html).toContain((locale === "cs" ? cs : en).channelVariants.actions.approve);
  });

  it.each(["cs", "en"] as const)("counts the social post and the radio script (%s)", (locale) => {
    const social = render(locale, { channel: "SOCIAL", variant: { ...base.variant!, text: "Ahoj 👋" } });
    expect(social).toContain("6 / 500");
    const words = Array(20).fill("slovo").join(" ");
    const radio = render(locale, { channel: "RADIO", variant: { ...base.variant!, text: words } });
    expect(radio).toContain(locale === "cs" ? "20 slov · asi 8 s" : "20 words · about 8 s");
    expect(radio).toContain((locale === "cs" ? cs : en).channelVariants.counter.radioShort);
  });

  it("sends an empty version for a variant not written yet, and shows no approve button", () => {
    const html = render("en", { variant: null });
    expect(html).toContain('name="version" value=""');
    expect(html).toContain("GSM-7 · 0");
    expect(html).not.toContain('name="id"');
    expect(html).toContain(en.channelVariants.status.notWritten);
  });

  it("shows the text read-only to those who may not write, and the four-eyes hint", () => {
    const html = render("en", { canSave: false, canApprove: false, ownApprovalBlocked: true });
    expect(html).not.toContain("<textarea");
    expect(html).toContain("Uzavírka ulice");
    expect(html).toContain(en.channelVariants.cannotApproveOwn);
  });

  it("shows who approved it", () => {
    const html = render("en", { canApprove: false, variant: { ...base.variant!, approvedAt: new Date("2026-11-21T10:00:00Z"), approvedByName: "Eva Svobodová" } });
    expect(html).toContain("Approved by Eva Svobodová");
    expect(html).not.toContain(en.channelVariants.actions.approve);
  });

  it("keeps the typed text, its count and the field error after a failed save", () => {
    outcome.save = {
      ok: false,
      message: "Please check the highlighted fields.",
      fieldErrors: { text: ["The SMS may have at most 10 parts."] },
      values: { pressReleaseId: base.pressReleaseId, channel: "SMS", version: "3", text: "Typed but not saved" },
      at: 1,
    };
    try {
      const html = render("en");
      expect(html).toContain("Typed but not saved</textarea>");
      expect(html).toContain("GSM-7 · 19");
      expect(html).toContain("The SMS may have at most 10 parts.");
      expect(html).toContain('aria-invalid="true"');
      // The stored text differs from what is typed: approving waits for a save.
      expect(html).toContain(en.channelVariants.saveBeforeApproving);
    } finally {
      outcome.save = null;
    }
  });
});
