import { describe, expect, it } from "vitest";
import { renderConfirmationMail, renderEditionMail } from "./mail";
import { allowedEditionSteps, orderArticles, summaryOf } from "./policy";

const context = { baseUrl: "https://mesto.example/", cityName: "Město Horní Lhota" };
const edition = {
  issueId: "0197a000-0000-7000-8000-000000000001",
  subject: "Lhotecké listy 3/2026",
  intro: "Milí čtenáři,\n\njaro je tu. <b>Hurá</b>",
  issueLabel: "Lhotecké listy č. 3/2026",
  articles: [{ articleId: "a1", title: "Nová lávka přes Lhotku & okolí", summary: "Stavba začne v dubnu.", page: 3 }],
};

describe("the e-mail edition", () => {
  it("has the one-click unsubscribe headers (RFC 8058) and a visible link, and nothing that tracks", () => {
    const mail = renderEditionMail(edition, { name: "Jana", unsubscribeToken: "tok_123456789012345678" }, context);
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://mesto.example/api/newsletter/unsubscribe/tok_123456789012345678>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(mail.text).toContain("https://mesto.example/newsroom/newsletter/unsubscribe/tok_123456789012345678");
    expect(mail.html).not.toMatch(/<img|background=|url\(/i);
    for (const [, href] of mail.html.matchAll(/href="([^"]+)"/g)) expect(href.startsWith("https://mesto.example/newsroom/newsletter/")).toBe(true);
  });

  it("makes paragraphs of the intro whatever the line ends (a browser's textarea sends CRLF)", () => {
    const mail = renderEditionMail({ ...edition, intro: "Milí čtenáři,\r\n\r\njaro je tu." }, { name: "", unsubscribeToken: null }, context);
    expect(mail.html).toContain('<p style="margin:0 0 12px">Milí čtenáři,</p>');
    expect(mail.html).toContain('<p style="margin:0 0 12px">jaro je tu.</p>');
  });

  it("links each article to its place in the web version and escapes everything", () => {
    const mail = renderEditionMail(edition, { name: "", unsubscribeToken: "tok_123456789012345678" }, context);
    expect(mail.text).toContain(`https://mesto.example/newsroom/newsletter/${edition.issueId}#clanek-a1`);
    expect(mail.text).toContain("■ Nová lávka přes Lhotku & okolí (str. 3)");
    expect(mail.html).toContain("Nová lávka přes Lhotku &amp; okolí");
    expect(mail.html).toContain("&lt;b&gt;Hurá&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Hurá</b>");
  });

  it("the confirmation e-mail carries the confirmation link", () => {
    const mail = renderConfirmationMail({ name: "Jana", token: "tok_123456789012345678", paperName: "Město Horní Lhota" }, context);
    expect(mail.text).toContain("https://mesto.example/newsroom/newsletter/confirm/tok_123456789012345678");
    expect(mail.subject).toContain("Potvrďte odběr");
  });
});

describe("the edition's workflow", () => {
  const edition = { status: "AWAITING_APPROVAL" as const, createdById: "author", editedById: "editor" };
  it("lets a second person approve, never the author or the last editor", () => {
    expect(allowedEditionSteps(edition, { id: "head", mayPrepare: false, mayApprove: true })).toContain("approve");
    expect(allowedEditionSteps(edition, { id: "author", mayPrepare: true, mayApprove: true })).not.toContain("approve");
    expect(allowedEditionSteps(edition, { id: "editor", mayPrepare: true, mayApprove: true })).not.toContain("approve");
    expect(allowedEditionSteps({ ...edition, status: "DRAFT" }, { id: "head", mayPrepare: false, mayApprove: true })).toEqual([]);
    expect(allowedEditionSteps({ ...edition, status: "APPROVED" }, { id: "author", mayPrepare: true, mayApprove: false })).toContain("send");
    expect(allowedEditionSteps({ ...edition, status: "SENT" }, { id: "author", mayPrepare: true, mayApprove: true })).toEqual([]);
  });

  it("summarises and orders articles as the paper does", () => {
    expect(summaryOf({ perex: "  Krátce.  ", body: "Dlouhý text" })).toBe("Krátce.");
    const long = summaryOf({ perex: "", body: "slovo ".repeat(100) }, 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith("…")).toBe(true);
    const ordered = orderArticles([
      { title: "B", page: null, pageOrder: 0 },
      { title: "C", page: 2, pageOrder: 1 },
      { title: "A", page: 2, pageOrder: 0 },
      { title: "D", page: 1, pageOrder: 5 },
    ]);
    expect(ordered.map((a) => a.title)).toEqual(["D", "A", "C", "B"]);
  });
});
