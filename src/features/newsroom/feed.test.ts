import { describe, expect, it } from "vitest";
import { buildAtom, buildRss, escapeXml, type FeedChannel, rfc822 } from "./feed";

// A tiny XML well-formedness check and parser (node has no DOMParser): tags must nest, text and
// attribute values must hold no raw "<" and only known entities, and there is one root element.
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function unescape(text: string): string {
  return text.replace(ENTITY, (entity) =>
    ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" })[entity] ??
    String.fromCodePoint(entity.startsWith("&#x") ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10)),
  );
}

function checkText(text: string, where: string) {
  if (text.includes("<")) throw new Error(`raw "<" in ${where}: ${text}`);
  if (text.replace(ENTITY, "").includes("&")) throw new Error(`bare "&" in ${where}: ${text}`);
}

function parseXml(xml: string): XmlElement {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) throw new Error("no XML declaration");
  const body = xml.slice(xml.indexOf("?>") + 2);
  const tag = /<(\/)?([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"]*")*)\s*(\/)?>/g;
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let last = 0;
  for (const match of body.matchAll(tag)) {
    const between = body.slice(last, match.index);
    checkText(between, `text before <${match[2]}>`);
    stack[stack.length - 1].text += unescape(between);
    last = match.index + match[0].length;
    const [, closing, name, rawAttributes, selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of rawAttributes.matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*"([^"]*)"/g)) {
      checkText(attribute[2], `attribute ${attribute[1]}`);
      if (attribute[1] in attributes) throw new Error(`duplicate attribute ${attribute[1]}`);
      attributes[attribute[1]] = unescape(attribute[2]);
    }
    const element: XmlElement = { name, attributes, children: [], text: "" };
    stack[stack.length - 1].children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const rest = body.slice(last);
  checkText(rest, "the end");
  if (rest.trim()) throw new Error("text after the root element");
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (root.children.length !== 1) throw new Error("not exactly one root element");
  return root.children[0];
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const children = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const nasty = `Tom & Jerry <script>alert("x")</script> 'quoted' > done`;

const channel: FeedChannel = {
  title: "Tiskové zprávy – Město Horní Lhota & okolí",
  link: "https://hornilhota.example/newsroom",
  selfLink: "https://hornilhota.example/newsroom/feed.xml",
  description: "Nejnovější <zprávy> \"města\"",
  language: "cs",
  items: [
    {
      title: nasty,
      link: "https://hornilhota.example/newsroom/tom-jerry?a=1&b=2",
      description: "Perex s diakritikou: Ústí, šťáva, žluťoučký kůň & <b>tučně</b>",
      publishedAt: new Date("2026-11-03T08:05:09Z"),
      categories: ["Doprava", "R&D <test>"],
      language: "cs",
    },
    {
      title: "Druhá zpráva",
      link: "https://hornilhota.example/newsroom/druha-zprava",
      description: "Bez kategorií",
      publishedAt: new Date("2026-07-01T22:30:00Z"),
      updatedAt: new Date("2026-07-02T10:00:00Z"),
      categories: [],
    },
  ],
};

describe("escapeXml", () => {
  it("escapes the five special characters and drops characters XML forbids", () => {
    expect(escapeXml(`& < > " '`)).toBe("&amp; &lt; &gt; &quot; &apos;");
    expect(escapeXml("a\u0000b\u0007c\td")).toBe("abc\td");
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });
});

describe("rfc822", () => {
  it("formats dates as RFC 822 in GMT", () => {
    expect(rfc822(new Date("2026-11-03T08:05:09Z"))).toBe("Tue, 03 Nov 2026 08:05:09 GMT");
    expect(rfc822(new Date("2026-03-01T00:00:00+01:00"))).toBe("Sat, 28 Feb 2026 23:00:00 GMT");
  });
});

describe("buildRss", () => {
  const xml = buildRss(channel);
  const rss = parseXml(xml);

  it("is well-formed RSS 2.0 with the channel's required elements", () => {
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    const ch = child(rss, "channel")!;
    expect(child(ch, "title")?.text).toBe(channel.title);
    expect(child(ch, "link")?.text).toBe(channel.link);
    expect(child(ch, "description")?.text).toBe(channel.description);
    expect(child(ch, "language")?.text).toBe("cs");
    expect(child(ch, "lastBuildDate")?.text).toMatch(RFC822);
    // With no explicit date, the newest change among the items: stable for an unchanged feed.
    expect(child(ch, "lastBuildDate")?.text).toBe("Tue, 03 Nov 2026 08:05:09 GMT");
    expect(child(ch, "atom:link")?.attributes).toMatchObject({ rel: "self", href: channel.selfLink });
    expect(children(ch, "item")).toHaveLength(2);
  });

  it("escapes & < > \" in titles, descriptions, links and categories and reads them back unchanged", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("Tom &amp; Jerry &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    const [first, second] = children(child(rss, "channel")!, "item");
    expect(child(first, "title")?.text).toBe(nasty);
    expect(child(first, "link")?.text).toBe("https://hornilhota.example/newsroom/tom-jerry?a=1&b=2");
    expect(child(first, "description")?.text).toBe(channel.items[0].description);
    expect(children(first, "category").map((c) => c.text)).toEqual(["Doprava", "R&D <test>"]);
    expect(children(second, "category")).toHaveLength(0);
  });

  it("gives each item a permalink guid and an RFC 822 pubDate", () => {
    for (const [index, item] of children(child(rss, "channel")!, "item").entries()) {
      expect(child(item, "guid")?.attributes.isPermaLink).toBe("true");
      expect(child(item, "guid")?.text).toBe(channel.items[index].link);
      expect(child(item, "pubDate")?.text).toMatch(RFC822);
    }
    expect(xml).toContain("<pubDate>Tue, 03 Nov 2026 08:05:09 GMT</pubDate>");
    expect(xml).toContain("<pubDate>Wed, 01 Jul 2026 22:30:00 GMT</pubDate>");
  });

  it("is well-formed with no items", () => {
    const empty = parseXml(buildRss({ ...channel, items: [], lastBuildDate: new Date("2026-01-01T00:00:00Z") }));
    expect(child(child(empty, "channel")!, "lastBuildDate")?.text).toBe("Thu, 01 Jan 2026 00:00:00 GMT");
  });

  it("the checker itself refuses broken XML", () => {
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<rss><title>a & b</title></rss>')).toThrow(/bare "&"/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<rss><title>a</rss>')).toThrow(/closes/);
    expect(() => parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<rss><a x="<"/></rss>')).toThrow();
  });
});

describe("buildAtom", () => {
  it("is well-formed Atom with escaped entries", () => {
    const feed = parseXml(buildAtom(channel));
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(child(feed, "updated")?.text).toBe("2026-11-03T08:05:09.000Z");
    const entries = children(feed, "entry");
    expect(entries).toHaveLength(2);
    expect(child(entries[0], "title")?.text).toBe(nasty);
    expect(child(entries[0], "id")?.text).toBe(channel.items[0].link);
    expect(child(entries[1], "updated")?.text).toBe("2026-07-02T10:00:00.000Z");
    expect(children(entries[0], "category").map((c) => c.attributes.term)).toEqual(["Doprava", "R&D <test>"]);
  });
});
