import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import cs from "@/i18n/messages/cs.json";
import en from "@/i18n/messages/en.json";
import { DistributionPanel, type DistributionPanelProps } from "./distribution-panel";
import { UnsubscribeForm } from "./unsubscribe-form";

// The panel renders in both languages with the catalogs' keys: a missing key throws here.
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => undefined }) }));
vi.mock("../actions", () => ({
  startDistributionAction: async () => null,
  retryFailedRecipientsAction: async () => null,
  unsubscribeAction: async () => null,
}));

const props: DistributionPanelProps = {
  pressReleaseId: "01a20088-a886-73fb-a4b6-9e3d982e78ec",
  idempotencyKey: "key-1",
  canDistribute: true,
  targets: {
    lists: [{ id: "list-1", name: "Regionální média", memberCount: 2 }],
    contacts: [
      { id: "c-1", name: "Jana <b>Nová</b>", email: "jana@example.test", outletName: "Deník", doNotContact: false, isUnsubscribed: false },
      { id: "c-2", name: "Petr", email: "petr@example.test", outletName: null, doNotContact: true, isUnsubscribed: true },
    ],
  },
  distributions: [
    {
      id: "d-1",
      status: "DONE",
      isEmbargoed: true,
      createdAt: new Date("2026-11-21T10:00:00Z"),
      finishedAt: new Date("2026-11-21T10:01:00Z"),
      total: 5,
      counts: { QUEUED: 0, SENDING: 0, SENT: 2, FAILED: 2, SKIPPED: 1 },
      recipients: [
        { id: "r-1", name: "Jana", email: "jana@example.test", status: "SENT", error: null, sentAt: new Date("2026-11-21T10:00:30Z") },
        { id: "r-2", name: "Eva", email: "eva@example.test", status: "FAILED", error: "EENVELOPE: 550 5.1.1 Mailbox unavailable", sentAt: null },
        { id: "r-3", name: "Karel", email: "karel@example.test", status: "FAILED", error: "interrupted", sentAt: null },
        { id: "r-4", name: "Petr", email: "petr@example.test", status: "SKIPPED", error: "doNotContact", sentAt: null },
        { id: "r-5", name: "Olga", email: "olga@example.test", status: "SKIPPED", error: "unsubscribed", sentAt: null },
      ],
    },
  ],
};

function render(locale: "cs" | "en", element: ReturnType<typeof createElement>) {
  return renderToString(
    createElement(NextIntlClientProvider, {
      locale,
      timeZone: "Europe/Prague",
      messages: { distribution: (locale === "cs" ? cs : en).distribution },
      onError: (error: Error) => {
        throw error;
      },
      children: element,
    }),
  );
}

describe("DistributionPanel", () => {
  it.each(["cs", "en"] as const)("renders the picker, the progress and the retry button (%s)", (locale) => {
    const html = render(locale, createElement(DistributionPanel, props));
    expect(html).toContain(`aria-label="${(locale === "cs" ? cs : en).distribution.title}"`);
    expect(html).toContain('name="listIds" value="list-1"');
    expect(html).toContain('name="contactIds" value="c-1"');
    expect(html).toMatch(/<input type="checkbox" disabled="" name="contactIds" value="c-2"\/>/);
    expect(html).toContain("Jana &lt;b&gt;Nová&lt;/b&gt;");
    expect(html).toContain('aria-valuenow="100"'); // every recipient has an outcome
    expect(html).toContain("550 5.1.1 Mailbox unavailable");
    expect(html).toContain((locale === "cs" ? cs : en).distribution.reason.interrupted);
    expect(html).toContain((locale === "cs" ? cs : en).distribution.reason.doNotContact);
    expect(html).toContain('name="distributionId" value="d-1"');
  });

  it("offers no form and no retry to those who may only look", () => {
    const html = render("cs", createElement(DistributionPanel, { ...props, canDistribute: false, targets: null }));
    expect(html).not.toContain('name="listIds"');
    expect(html).not.toContain('name="distributionId"');
    expect(html).toContain("Odesláno");
  });

  it("the unsubscribe form posts the token and does nothing on display", () => {
    const html = render("en", createElement(UnsubscribeForm, { token: "tok_ABCdef0123456789" }));
    expect(html).toContain('name="token" value="tok_ABCdef0123456789"');
    expect(html).toContain(en.distribution.unsubscribe.confirm);
  });
});
