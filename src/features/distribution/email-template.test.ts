import { describe, expect, it } from "vitest";
import { escapeHtml, htmlToText, renderReleaseEmail } from "./email-template";

const context = { baseUrl: "https://herald.city.example/", timeZone: "Europe/Prague", cityName: "Město Horní Lhota", embargoed: false };
const release = {
  title: 'Nová lávka <script>alert(1)</script> & "most"',
  perex: "Perex <b>tučně</b> & dál",
  bodyHtml: '<p>První odstavec &amp; text.</p><p>Druhý<br>řádek <a href="https://city.example/x">odkaz</a></p><img src=x onerror="alert(2)"><script>alert(3)</script>',
  slug: "nova-lavka",
  language: "cs",
  dateline: "Horní Lhota, 21. listopadu 2026",
  embargoUntil: null as Date | null,
};
const recipient = { name: "Jana <Nováková>", unsubscribeToken: "tok_ABCdef0123456789" };

describe("renderReleaseEmail", () => {
  it("escapes every value from data in the HTML and keeps only the allowlisted body", () => {
    const mail = renderReleaseEmail(release, recipient, context);
    expect(mail.html).toContain("Nová lávka &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;most&quot;");
    expect(mail.html).toContain("Perex &lt;b&gt;tučně&lt;/b&gt; &amp; dál");
    expect(mail.html).toContain("Jana &lt;Nováková&gt;");
    expect(mail.html).not.toMatch(/<script|onerror|<img/i);
    expect(mail.html).toContain('<a href="https://city.example/x">odkaz</a>');
    expect(mail.html).toContain("<p>První odstavec &amp; text.</p>");
  });

  it("has a plain text part with the body as text and the newsroom link", () => {
    const mail = renderReleaseEmail(release, recipient, context);
    expect(mail.text).toContain("První odstavec & text.");
    expect(mail.text).toContain("Druhý\nřádek odkaz");
    expect(mail.text).not.toMatch(/<p>|<br>|alert\(3\)/);
    expect(mail.text).toContain("https://herald.city.example/newsroom/nova-lavka");
    expect(mail.html).toContain('href="https://herald.city.example/newsroom/nova-lavka"');
  });

  it("puts the unsubscribe page in the footer and the one-click address in the headers (RFC 8058)", () => {
    const mail = renderReleaseEmail(release, recipient, context);
    expect(mail.text).toContain("https://herald.city.example/newsroom/unsubscribe/tok_ABCdef0123456789");
    expect(mail.html).toContain('href="https://herald.city.example/newsroom/unsubscribe/tok_ABCdef0123456789"');
    expect(mail.headers).toEqual({
      "List-Unsubscribe": "<https://herald.city.example/api/unsubscribe/tok_ABCdef0123456789>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  it("marks an embargoed release in the subject and the body, in the city's time zone", () => {
    // 09:30 UTC on 25 Nov 2026 is 10:30 in Prague (CET).
    const embargoed = { ...release, title: "Rozpočet", embargoUntil: new Date("2026-11-25T09:30:00Z") };
    const mail = renderReleaseEmail(embargoed, recipient, { ...context, embargoed: true });
    expect(mail.subject).toMatch(/^EMBARGO do 25\. listopadu 2026\D+10:30 \S+: Rozpočet$/);
    expect(mail.text).toMatch(/\*\*\* EMBARGO DO 25\. LISTOPADU 2026\D+10:30/);
    expect(mail.html).toMatch(/EMBARGO DO 25\. LISTOPADU 2026\D+10:30/);
    const english = renderReleaseEmail({ ...embargoed, language: "en" }, recipient, { ...context, embargoed: true });
    expect(english.subject).toMatch(/^EMBARGO until 25 November 2026\D+10:30 \S+: Rozpočet$/);
  });

  it("does not mark a release that is not embargoed, and keeps the subject on one line", () => {
    const mail = renderReleaseEmail({ ...release, title: "Line\r\nBcc: x@evil.example", embargoUntil: new Date("2030-01-01T00:00:00Z") }, recipient, context);
    expect(mail.subject).toBe("Line Bcc: x@evil.example");
    expect(mail.text).not.toContain("EMBARGO");
    expect(mail.html).not.toContain("EMBARGO");
  });
});

describe("helpers", () => {
  it("escapeHtml escapes the five characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
  it("htmlToText turns lists and paragraphs into lines", () => {
    expect(htmlToText("<ul><li>a</li><li>b &lt;c&gt;</li></ul><p>d</p>")).toBe("- a\n\n- b <c>\n\nd");
  });
});
