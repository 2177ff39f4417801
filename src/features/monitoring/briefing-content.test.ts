import { describe, expect, it } from "vitest";
import { type BriefingClipping, buildBriefingContent } from "./briefing-content";
import { renderBriefingMail } from "./briefing-mail";

let n = 0;
const clip = (overrides: Partial<BriefingClipping>): BriefingClipping => ({
  id: `c${++n}`,
  title: "Titulek",
  outlet: "Deník",
  mediaType: "ONLINE",
  publishedAt: "2026-11-16T07:00:00.000Z",
  url: null,
  sentiment: null,
  status: "NEW",
  note: null,
  reach: 1000,
  topics: [],
  syndicationKey: null,
  ...overrides,
});

describe("briefing content", () => {
  it("groups by topic, negative topics and negatives first, untopical last, syndicated copies once", () => {
    const content = buildBriefingContent(
      [
        clip({ title: "Festival", topics: ["Kultura"], sentiment: "POSITIVE" }),
        clip({ title: "Lávka A", topics: ["Doprava"], sentiment: "NEUTRAL", syndicationKey: "lavka", outlet: "Deník", reach: 5000 }),
        clip({ title: "Lávka B", topics: ["Doprava"], sentiment: "NEGATIVE", syndicationKey: "lavka", outlet: "Podhůří dnes", reach: 100, note: "Ověřit termín" }),
        clip({ title: "Parkování", topics: ["Doprava"], sentiment: "POSITIVE" }),
        clip({ title: "Bez tématu", topics: [] }),
      ],
      { from: new Date("2026-11-15T06:30:00Z"), to: new Date("2026-11-16T06:30:00Z") },
    );
    expect(content.total).toBe(5);
    expect(content.counts).toEqual({ POSITIVE: 2, NEUTRAL: 1, NEGATIVE: 1, UNRATED: 1 });
    expect(content.groups.map((group) => group.topic)).toEqual(["Doprava", "Kultura", ""]);
    const [first, second] = content.groups[0].items;
    expect(first).toMatchObject({ title: "Lávka A", sentiment: "NEGATIVE", note: "Ověřit termín", alsoIn: ["Podhůří dnes"] });
    expect(second.title).toBe("Parkování");
  });

  it("renders an e-mail that escapes feed text", () => {
    const content = buildBriefingContent([clip({ title: "<script>x</script> Horní Lhota", topics: ["Město"], sentiment: "NEGATIVE", url: "https://a.example/?a=1&b=2" })], {
      from: new Date("2026-11-15T06:30:00Z"),
      to: new Date("2026-11-16T06:30:00Z"),
    });
    const mail = renderBriefingMail(content, { day: "2026-11-16", baseUrl: "https://herald.example", timeZone: "Europe/Prague", cityName: "Horní Lhota" });
    expect(mail.subject).toBe("Ranní přehled médií 16. 11. 2026: 1 zmínek, 1 negativních");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain("https://herald.example/monitoring/briefing/2026-11-16");
  });
});
