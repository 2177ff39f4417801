import { describe, expect, it } from "vitest";
import { radioEstimate, radioTargetHint, smsSegments, SOCIAL_LIMIT, socialLength } from "./sms";

const gsm = (n: number) => "a".repeat(n);
const ucs = (n: number) => "ř".repeat(n);

describe("smsSegments: encoding", () => {
  it("keeps plain ASCII and the GSM letters é, É, ä, ü, ß in GSM-7", () => {
    expect(smsSegments("Uzavirka Masarykovy ulice od 8:00 do 16:00.").encoding).toBe("GSM-7");
    expect(smsSegments("Café É ä ö ü ß Ñ Å ø @ £ ¥ § ¿ ¡ Δ Ω _").encoding).toBe("GSM-7");
  });

  it("switches to UCS-2 for one Czech diacritic: “Uzavírka” (í) and the single SMS drops from 160 to 70", () => {
    const plain = smsSegments("Uzavirka");
    const czech = smsSegments("Uzavírka");
    expect(plain).toEqual({ encoding: "GSM-7", characters: 8, segments: 1, perSegment: 160, remainingInSegment: 152 });
    expect(czech).toEqual({ encoding: "UCS-2", characters: 8, segments: 1, perSegment: 70, remainingInSegment: 62 });
  });

  it.each(["á", "č", "ď", "ě", "í", "ň", "ř", "š", "ť", "ú", "ů", "ý", "ž", "Ř", "Ž"])("treats %s as UCS-2", (letter) => {
    expect(smsSegments(`Dopravni omezeni ${letter}`).encoding).toBe("UCS-2");
  });

  it("reads a real Czech alert as UCS-2 and counts its parts", () => {
    const text =
      "Upozornění: Od pondělí 3. 3. bude uzavřena ulice Masarykova v úseku Nádražní–Palackého. Objízdná trasa je vyznačena. Více na www.mesto.cz/doprava";
    const count = smsSegments(text);
    expect(count.encoding).toBe("UCS-2");
    expect(count.characters).toBe([...text].length);
    expect(count.segments).toBe(Math.ceil(count.characters / 67));
  });

  it("counts a decomposed é (e + U+0301) as the GSM é after NFC normalisation", () => {
    expect(smsSegments("Cafe\u0301")).toMatchObject({ encoding: "GSM-7", characters: 4 });
  });

  it("counts CR LF (as a form sends a text area) as one line break", () => {
    expect(smsSegments("a\r\nb").characters).toBe(3);
  });

  it("counts an emoji as UCS-2 and two code units", () => {
    expect(smsSegments("Hi 🙂")).toMatchObject({ encoding: "UCS-2", characters: 5 });
  });

  it("returns no segment for an empty text", () => {
    expect(smsSegments("")).toEqual({ encoding: "GSM-7", characters: 0, segments: 0, perSegment: 160, remainingInSegment: 160 });
  });
});

describe("smsSegments: the extension table", () => {
  it.each(["^", "{", "}", "\\", "[", "~", "]", "|", "€"])("counts %s as two septets and stays GSM-7", (char) => {
    expect(smsSegments(`a${char}`)).toMatchObject({ encoding: "GSM-7", characters: 3 });
  });

  it("a text of 80 € signs is 160 septets: one SMS; 81 are two parts", () => {
    expect(smsSegments("€".repeat(80))).toMatchObject({ characters: 160, segments: 1, remainingInSegment: 0 });
    expect(smsSegments("€".repeat(81))).toMatchObject({ characters: 162, segments: 2 });
  });

  it("never splits an escape sequence: 152 letters and a € need a second part", () => {
    // 152 + 2 = 154 > 153 in the first part → the € moves whole; then 9 more letters.
    const count = smsSegments(`${gsm(152)}€${gsm(9)}`);
    expect(count).toMatchObject({ characters: 163, segments: 2, perSegment: 153, remainingInSegment: 153 - 11 });
  });

  it("knows characters outside both tables are UCS-2 (` is not GSM)", () => {
    expect(smsSegments("a`b").encoding).toBe("UCS-2");
  });
});

describe("smsSegments: exact boundaries", () => {
  it.each([
    [gsm(160), "GSM-7", 1, 160, 0],
    [gsm(161), "GSM-7", 2, 153, 145],
    [gsm(306), "GSM-7", 2, 153, 0],
    [gsm(307), "GSM-7", 3, 153, 152],
    [gsm(1530), "GSM-7", 10, 153, 0],
    [gsm(1531), "GSM-7", 11, 153, 152],
    [ucs(70), "UCS-2", 1, 70, 0],
    [ucs(71), "UCS-2", 2, 67, 63],
    [ucs(134), "UCS-2", 2, 67, 0],
    [ucs(135), "UCS-2", 3, 67, 66],
  ])("%#: %s.length → %s, %i segments of %i, %i left", (text, encoding, segments, perSegment, remainingInSegment) => {
    expect(smsSegments(text)).toEqual({ encoding, characters: text.length, segments, perSegment, remainingInSegment });
  });

  it("one diacritic in 100 plain letters turns 1 SMS into 2", () => {
    expect(smsSegments(gsm(100)).segments).toBe(1);
    expect(smsSegments(`${gsm(99)}í`).segments).toBe(2);
  });
});

describe("socialLength", () => {
  it("counts code points: an emoji is one, Czech letters are one", () => {
    expect(socialLength("Žluťoučký kůň 🐴")).toBe(15);
    expect(socialLength("👍")).toBe(1);
  });

  it("has a 500 limit", () => {
    expect(SOCIAL_LIMIT).toBe(500);
  });
});

describe("radioEstimate", () => {
  it("counts words at 150 per minute by default", () => {
    expect(radioEstimate(Array(75).fill("slovo").join(" "))).toEqual({ words: 75, seconds: 30 });
    expect(radioEstimate(Array(150).fill("slovo").join("\n"))).toEqual({ words: 150, seconds: 60 });
  });

  it("ignores lone punctuation and extra whitespace", () => {
    expect(radioEstimate("  Rada města – dnes   schválila rozpočet.  ")).toEqual({ words: 5, seconds: 2 });
    expect(radioEstimate("")).toEqual({ words: 0, seconds: 0 });
  });

  it("takes another pace", () => {
    expect(radioEstimate(Array(60).fill("slovo").join(" "), 120)).toEqual({ words: 60, seconds: 30 });
  });

  it("hints outside 30–60 s", () => {
    expect(radioTargetHint(0)).toBeNull();
    expect(radioTargetHint(29)).toBe("short");
    expect(radioTargetHint(30)).toBeNull();
    expect(radioTargetHint(60)).toBeNull();
    expect(radioTargetHint(61)).toBe("long");
  });
});
