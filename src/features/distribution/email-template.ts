import sanitizeHtml from "sanitize-html";

// The e-mail that carries a press release to a journalist: plain text and simple HTML, in the release's
// language. Everything that comes from data is escaped; the release body is sanitized HTML already
// (the press-release module's allowlist) and is sanitized once more here with a narrower list.
// The texts are part of the e-mail (the release's language), not of the interface: they live here.

export interface ReleaseForMail {
  title: string;
  perex: string;
  bodyHtml: string;
  slug: string;
  language: string;
  dateline?: string | null;
  embargoUntil?: Date | null;
}

export interface MailRecipient {
  name: string;
  unsubscribeToken: string;
}

export interface MailContext {
  /** The public address of the app (NEXTAUTH_URL), without a trailing slash needed. */
  baseUrl: string;
  timeZone: string;
  cityName: string;
  /** True when the release is sent before its embargo ends: marked in the subject and body. */
  embargoed: boolean;
}

const TEXTS = {
  cs: {
    embargo: (when: string) => `EMBARGO do ${when}`,
    embargoNote: (when: string) => `Tuto zprávu nezveřejňujte před ${when}.`,
    greeting: (name: string) => `Dobrý den, ${name},`,
    readOnline: "Tisková zpráva na webu",
    footer: (city: string) => `Tuto zprávu dostáváte jako novinář(ka) v adresáři tiskového oddělení: ${city}.`,
    unsubscribe: "Odhlásit se z rozesílání tiskových zpráv",
    dateLocale: "cs-CZ",
  },
  en: {
    embargo: (when: string) => `EMBARGO until ${when}`,
    embargoNote: (when: string) => `Do not publish this release before ${when}.`,
    greeting: (name: string) => `Dear ${name},`,
    readOnline: "The press release online",
    footer: (city: string) => `You receive this as a journalist in the press office's directory: ${city}.`,
    unsubscribe: "Unsubscribe from press releases",
    dateLocale: "en-GB",
  },
} as const;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** One line: no line breaks in a subject (header injection) and no runs of spaces. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, " ").replace(/\s{2,}/g, " ").trim();
}

export function formatEmbargo(when: Date, timeZone: string, language: string): string {
  const texts = language === "en" ? TEXTS.en : TEXTS.cs;
  return new Intl.DateTimeFormat(texts.dateLocale, {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(when);
}

const BODY_ALLOWLIST: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "mailto"],
  disallowedTagsMode: "discard",
};

/** The sanitized body as plain text: paragraphs and line breaks kept, tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<\s*br\s*\/?>/gi, "\n")
    .replace(/<\s*li[^>]*>/gi, "\n- ")
    .replace(/<\/\s*(p|h[1-6]|li|blockquote|tr|ul|ol)\s*>/gi, "\n\n");
  const stripped = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return stripped
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}${path}`;
}

export function newsroomUrl(baseUrl: string, slug: string): string {
  return joinUrl(baseUrl, `/newsroom/${encodeURIComponent(slug)}`);
}
/** The page where a person confirms (GET shows a button; mail scanners that prefetch change nothing). */
export function unsubscribePageUrl(baseUrl: string, token: string): string {
  return joinUrl(baseUrl, `/newsroom/unsubscribe/${encodeURIComponent(token)}`);
}
/** RFC 8058 one-click endpoint (POST only), named in the List-Unsubscribe header. */
export function oneClickUnsubscribeUrl(baseUrl: string, token: string): string {
  return joinUrl(baseUrl, `/api/unsubscribe/${encodeURIComponent(token)}`);
}

export function renderReleaseEmail(release: ReleaseForMail, recipient: MailRecipient, context: MailContext) {
  const texts = release.language === "en" ? TEXTS.en : TEXTS.cs;
  const title = oneLine(release.title);
  const embargo = context.embargoed && release.embargoUntil ? formatEmbargo(release.embargoUntil, context.timeZone, release.language) : null;
  const subject = embargo ? `${texts.embargo(embargo)}: ${title}` : title;
  const link = newsroomUrl(context.baseUrl, release.slug);
  const unsubscribe = unsubscribePageUrl(context.baseUrl, recipient.unsubscribeToken);
  const body = sanitizeHtml(release.bodyHtml, BODY_ALLOWLIST);

  const text = [
    embargo ? `*** ${texts.embargo(embargo).toUpperCase()} ***\n${texts.embargoNote(embargo)}\n` : null,
    texts.greeting(oneLine(recipient.name)),
    "",
    title,
    "=".repeat(Math.min(title.length, 72)),
    release.dateline ? oneLine(release.dateline) : null,
    "",
    release.perex.trim(),
    "",
    htmlToText(body),
    "",
    `${texts.readOnline}: ${link}`,
    "",
    "-- ",
    texts.footer(context.cityName),
    `${texts.unsubscribe}: ${unsubscribe}`,
  ]
    .filter((line) => line !== null)
    .join("\n");

  const html = `<!doctype html>
<html lang="${release.language === "en" ? "en" : "cs"}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1e293b;line-height:1.5;max-width:640px;margin:0 auto;padding:16px">
${embargo ? `<p style="border:2px solid #b91c1c;color:#b91c1c;padding:8px 12px;font-weight:bold">${escapeHtml(texts.embargo(embargo).toUpperCase())}<br>${escapeHtml(texts.embargoNote(embargo))}</p>\n` : ""}<p>${escapeHtml(texts.greeting(oneLine(recipient.name)))}</p>
<h1 style="font-size:22px">${escapeHtml(title)}</h1>
${release.dateline ? `<p style="color:#475569">${escapeHtml(oneLine(release.dateline))}</p>\n` : ""}<p><strong>${escapeHtml(release.perex.trim())}</strong></p>
<div>${body}</div>
<p><a href="${escapeHtml(link)}">${escapeHtml(texts.readOnline)}</a></p>
<hr style="border:none;border-top:1px solid #cbd5e1">
<p style="font-size:12px;color:#64748b">${escapeHtml(texts.footer(context.cityName))}<br><a href="${escapeHtml(unsubscribe)}">${escapeHtml(texts.unsubscribe)}</a></p>
</body></html>`;

  const headers = {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(context.baseUrl, recipient.unsubscribeToken)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  return { subject, text, html, headers };
}
