import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeRichText, textSnippet } from "./sanitize";

// Each entry is a known way to run script through rich text; none may survive.
const XSS_CORPUS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">click</a>',
  '<a href=" JaVaScRiPt:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">encoded</a>',
  '<a href="&#x6A;avascript:alert(1)">hex encoded</a>',
  '<a href="java\tscript:alert(1)">tab</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<iframe src="https://evil.example"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  "<style>body{background:red}</style>",
  '<form action="https://evil.example"><input name="x" value="y"><button>go</button></form>',
  '<p onclick="alert(1)" onmouseover="alert(2)">handler</p>',
  "<!-- <script>alert(1)</script> -->",
  '<object data="x.swf"></object><embed src="x.swf">',
  '<a href="https://ok.example" onfocus="alert(1)" autofocus>focus</a>',
  '<div><img src="x" /></div>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<details open ontoggle="alert(1)">x</details>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<a href="//evil.example">protocol relative</a>',
  '<template><script>alert(1)</script></template>',
  '<p>ok</p><scr<script>ipt>alert(1)</script>',
];

const FORBIDDEN = ["<script", "onerror", "onload", "onclick", "onmouseover", "onfocus", "ontoggle", "javascript:", "vbscript:", "data:", "<iframe", "<svg", "<math", "srcdoc", "style=", "<style", "<form", "<input", "<img", "<object", "<embed", "<base", "<meta", "<link", "<!--", "<details", "<template", "//evil"];

describe("sanitizeRichText", () => {
  it.each(XSS_CORPUS)("neutralises %s", (input) => {
    const output = sanitizeRichText(input).toLowerCase();
    for (const needle of FORBIDDEN) expect(output, `${needle} survived in ${output}`).not.toContain(needle);
    // Whatever survives is only allowlisted tags.
    for (const [, tag] of output.matchAll(/<\/?([a-z0-9]+)/g)) {
      expect(["p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "strong", "b", "em", "i", "a"]).toContain(tag);
    }
  });

  it("keeps legitimate markup: headings, lists, links, quotes, bold and italic", () => {
    const input =
      '<h2>Nová lávka</h2><h3>Sub</h3><h4>Minor</h4><p>Text <strong>tučně</strong> <b>b</b> <em>kurzíva</em> <i>i</i><br>řádek</p>' +
      '<ul><li>jedna</li></ul><ol><li>dvě</li></ol><blockquote>citace</blockquote>' +
      '<p><a href="https://www.example.cz/a?b=1&amp;c=2" title="Web">odkaz</a> <a href="mailto:tisk@example.cz">mail</a> <a href="http://example.cz">http</a></p>';
    const output = sanitizeRichText(input);
    expect(output).toContain("<h2>Nová lávka</h2>");
    expect(output).toContain("<h3>Sub</h3>");
    expect(output).toContain("<h4>Minor</h4>");
    expect(output).toContain("<strong>tučně</strong>");
    expect(output).toContain("<b>b</b>");
    expect(output).toContain("<em>kurzíva</em>");
    expect(output).toContain("<i>i</i>");
    expect(output).toContain("<br />");
    expect(output).toContain("<ul><li>jedna</li></ul>");
    expect(output).toContain("<ol><li>dvě</li></ol>");
    expect(output).toContain("<blockquote>citace</blockquote>");
    expect(output).toContain('<a href="https://www.example.cz/a?b=1&amp;c=2" title="Web" rel="noopener noreferrer">odkaz</a>');
    expect(output).toContain('<a href="mailto:tisk@example.cz" rel="noopener noreferrer">mail</a>');
    expect(output).toContain('href="http://example.cz"');
  });

  it("drops attributes outside the allowlist and target", () => {
    const output = sanitizeRichText('<p class="x" id="y" data-a="1"><a href="https://a.example" target="_blank" class="c">a</a></p>');
    expect(output).toBe('<p><a href="https://a.example" rel="noopener noreferrer">a</a></p>');
  });

  it("keeps the text of dropped harmless tags (div, span, h1)", () => {
    expect(sanitizeRichText("<div><span>Ahoj</span></div><h1>Nadpis</h1>")).toBe("AhojNadpis");
  });
});

describe("htmlToText", () => {
  it("turns blocks into lines, decodes entities and drops scripts", () => {
    const text = htmlToText("<h2>Nadpis</h2><p>Ústí &amp; Labe&nbsp;dnes &lt;3</p><script>alert(1)</script><ul><li>a</li><li>b</li></ul>");
    expect(text).toBe("Nadpis\nÚstí & Labe dnes <3\na\nb");
  });

  it("textSnippet cuts at a word", () => {
    expect(textSnippet("<p>jedna dva tři čtyři pět</p>", 12)).toBe("jedna dva…");
    expect(textSnippet("<p>krátké</p>", 12)).toBe("krátké");
  });
});
