// The briefing as an e-mail (pure): plain text and simple HTML, in Czech (the office's language), with a
// link to the page. Every value from a feed is escaped in the HTML.
import type { BriefingContent } from "./briefing-content";

const SENTIMENT_CS = { POSITIVE: "pozitivní", NEUTRAL: "neutrální", NEGATIVE: "negativní" } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] as string);
}

function czechDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  return `${date}. ${month}. ${year}`;
}

export function renderBriefingMail(content: BriefingContent, options: { day: string; baseUrl: string; timeZone: string; cityName: string }) {
  const link = `${options.baseUrl.replace(/\/$/, "")}/monitoring/briefing/${options.day}`;
  const time = (iso: string) => new Intl.DateTimeFormat("cs-CZ", { timeZone: options.timeZone, day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit" }).format(new Date(iso));
  const summary = `${content.total} zmínek: ${content.counts.NEGATIVE} negativních, ${content.counts.NEUTRAL} neutrálních, ${content.counts.POSITIVE} pozitivních, ${content.counts.UNRATED} nehodnocených`;
  const subject = `Ranní přehled médií ${czechDay(options.day)}: ${content.total} zmínek, ${content.counts.NEGATIVE} negativních`;
  const text: string[] = [`Ranní přehled médií – ${options.cityName}, ${czechDay(options.day)}`, summary, ""];
  const html: string[] = [`<h1 style="font-size:18px">Ranní přehled médií – ${escapeHtml(options.cityName)}, ${czechDay(options.day)}</h1>`, `<p>${escapeHtml(summary)}</p>`];
  if (content.total === 0) {
    text.push("Za sledované období nejsou žádné zmínky.");
    html.push("<p>Za sledované období nejsou žádné zmínky.</p>");
  }
  for (const group of content.groups) {
    const heading = group.topic || "Bez tématu";
    text.push(`== ${heading} ==`);
    html.push(`<h2 style="font-size:16px;margin-top:16px">${escapeHtml(heading)}</h2><ul>`);
    for (const item of group.items) {
      const sentiment = item.sentiment ? SENTIMENT_CS[item.sentiment] : "nehodnoceno";
      const also = item.alsoIn.length ? ` (také: ${item.alsoIn.join(", ")})` : "";
      text.push(`- [${sentiment}] ${item.title} – ${item.outlet}, ${time(item.publishedAt)}${also}`);
      if (item.note) text.push(`  Poznámka: ${item.note}`);
      if (item.url) text.push(`  ${item.url}`);
      const title = item.url ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>` : escapeHtml(item.title);
      const color = item.sentiment === "NEGATIVE" ? "#b91c1c" : item.sentiment === "POSITIVE" ? "#15803d" : "#475569";
      html.push(
        `<li style="margin-bottom:8px"><span style="color:${color};font-weight:bold">[${sentiment}]</span> ${title} – ${escapeHtml(item.outlet)}, ${escapeHtml(time(item.publishedAt))}${escapeHtml(also)}${item.note ? `<br><em>Poznámka: ${escapeHtml(item.note)}</em>` : ""}</li>`,
      );
    }
    text.push("");
    html.push("</ul>");
  }
  text.push(`Celý přehled: ${link}`);
  html.push(`<p><a href="${escapeHtml(link)}">Celý přehled v aplikaci</a></p>`);
  return { subject, text: text.join("\n"), html: html.join("\n") };
}
