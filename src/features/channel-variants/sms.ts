// Counters of the channel variants: SMS segments (GSM 03.38 vs UCS-2), the social post's length and the
// radio script's reading time. Pure and client-safe: the editor counts live with the same functions the
// service checks limits with.

/**
 * GSM 03.38 default alphabet (3GPP TS 23.038, 6.2.1), in code order 0x00–0x7F. 0x1B is the escape to the
 * extension table, not a character of its own, so it is left out. Note what is *not* here: most Czech
 * letters (á č ď ě í ň ř š ť ú ů ý ž); é É are.
 */
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅå" +
  "Δ_ΦΓΛΩΠΨΣΘΞ" + /* 0x1B escape */ "ÆæßÉ" +
  " !\"#¤%&'()*+,-./" +
  "0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNO" +
  "PQRSTUVWXYZÄÖÑÜ§" +
  "¿abcdefghijklmno" +
  "pqrstuvwxyzäöñüà";

/** The extension table (escape + code): each costs two septets. Form feed, ^ { } \ [ ~ ] | €. */
const GSM_EXTENSION = "\f^{}\\[~]|€";

const BASIC = new Set(GSM_BASIC);
const EXTENSION = new Set(GSM_EXTENSION);

export type SmsEncoding = "GSM-7" | "UCS-2";

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7, extension characters count 2) or UTF-16 code units (UCS-2, an emoji counts 2). */
  characters: number;
  /** 0 for an empty text. */
  segments: number;
  /** Capacity of a segment: 160 / 70 for a single SMS, 153 / 67 once it has parts (the UDH takes the rest). */
  perSegment: number;
  /** What still fits into the last segment before another one starts. */
  remainingInSegment: number;
}

const LIMITS = {
  "GSM-7": { single: 160, multi: 153 },
  "UCS-2": { single: 70, multi: 67 },
} as const;

/** The longest SMS the office sends: phones join up to this many parts reliably, gateways charge each. */
export const SMS_MAX_SEGMENTS = 10;

/**
 * The social post's limit, counted in Unicode code points (an emoji is one). A neutral house limit, not
 * any one network's: it fits Facebook, Instagram, LinkedIn and Mastodon (whose default is 500), while
 * X (280, with weighted counting: links 23, some scripts double) and Bluesky (300 graphemes) have rules
 * of their own that we do not imitate; a post for them is shortened by the person posting it.
 */
export const SOCIAL_LIMIT = 500;

/** The radio script's hard limit in characters (code points): about three minutes read aloud. */
export const RADIO_MAX_CHARACTERS = 3000;

/** The radio spot's target length in seconds (the issue: "about 30–60 s read aloud"). */
export const RADIO_TARGET_SECONDS = { min: 30, max: 60 } as const;

/** Typical Czech newsreader pace; the estimate's default. */
export const RADIO_WORDS_PER_MINUTE = 150;

/**
 * The texts are compared after NFC normalisation (a decomposed "é" from some keyboards would otherwise
 * force UCS-2) and with CR LF as one line break, as the service stores them.
 */
export function normalizeVariantText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** How the SMS would be sent: encoding, length, number of parts and what still fits. */
export function smsSegments(raw: string): SmsCount {
  const text = normalizeVariantText(raw);
  const chars = [...text];
  const gsm = chars.every((char) => BASIC.has(char) || EXTENSION.has(char));
  const encoding: SmsEncoding = gsm ? "GSM-7" : "UCS-2";
  // Units of each character: GSM septets, or UTF-16 code units (a character outside the BMP is a pair).
  const units = chars.map((char) => (gsm ? (EXTENSION.has(char) ? 2 : 1) : char.length));
  const characters = units.reduce((sum, unit) => sum + unit, 0);
  const { single, multi } = LIMITS[encoding];
  if (characters === 0) return { encoding, characters, segments: 0, perSegment: single, remainingInSegment: single };
  if (characters <= single) return { encoding, characters, segments: 1, perSegment: single, remainingInSegment: single - characters };
  // Parts are filled in order and an escape sequence or surrogate pair is never split between two, as
  // phones and gateways do, so a two-unit character at a part's end moves whole to the next part.
  let segments = 1;
  let used = 0;
  for (const unit of units) {
    if (used + unit > multi) {
      segments += 1;
      used = 0;
    }
    used += unit;
  }
  return { encoding, characters, segments, perSegment: multi, remainingInSegment: multi - used };
}

/** Length of a social post in code points (an emoji is one, a Czech "ř" is one). */
export function socialLength(raw: string): number {
  return [...normalizeVariantText(raw)].length;
}

/** Words (anything with a letter or digit; a lone dash is not read) and the estimated seconds read aloud. */
export function radioEstimate(raw: string, wordsPerMinute = RADIO_WORDS_PER_MINUTE): { words: number; seconds: number } {
  const words = normalizeVariantText(raw)
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  return { words, seconds: Math.round((words * 60) / wordsPerMinute) };
}

/** Whether the estimated reading time is outside the 30–60 s target: "short", "long" or null. */
export function radioTargetHint(seconds: number): "short" | "long" | null {
  if (seconds === 0) return null;
  if (seconds < RADIO_TARGET_SECONDS.min) return "short";
  if (seconds > RADIO_TARGET_SECONDS.max) return "long";
  return null;
}
