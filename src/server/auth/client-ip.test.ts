import { describe, expect, it } from "vitest";
import { resolveClientIp } from "./client-ip";

describe("resolveClientIp", () => {
  describe("with no trusted proxy (the app faces the internet)", () => {
    it("uses the socket address and ignores a spoofed X-Forwarded-For", () => {
      expect(resolveClientIp("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
      expect(resolveClientIp("203.0.113.9", "1.2.3.4, 5.6.7.8", 0)).toBe("203.0.113.9");
      expect(resolveClientIp("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    });

    it("unwraps IPv4-mapped IPv6 addresses and keeps real IPv6", () => {
      expect(resolveClientIp("::ffff:203.0.113.9", undefined, 0)).toBe("203.0.113.9");
      expect(resolveClientIp("2001:db8::1", undefined, 0)).toBe("2001:db8::1");
    });

    it("says unknown when there is no socket address", () => {
      expect(resolveClientIp(undefined, undefined, 0)).toBe("unknown");
    });
  });

  describe("behind trusted proxies", () => {
    it("with one proxy takes the right-most X-Forwarded-For entry (the one our proxy appended)", () => {
      expect(resolveClientIp("10.0.0.2", "198.51.100.7", 1)).toBe("198.51.100.7");
      // The client claims to be 1.2.3.4; our proxy appended the address it really saw.
      expect(resolveClientIp("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
      expect(resolveClientIp("10.0.0.2", " 1.2.3.4 ,198.51.100.7 ", 1)).toBe("198.51.100.7");
    });

    it("with two proxies skips the second proxy's own entry", () => {
      expect(resolveClientIp("10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
      expect(resolveClientIp("10.0.0.3", "198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    });

    it("unwraps an IPv4-mapped address in the header", () => {
      expect(resolveClientIp("10.0.0.2", "::ffff:198.51.100.7", 1)).toBe("198.51.100.7");
    });

    it("never goes past the left end of a short chain", () => {
      expect(resolveClientIp("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
      expect(resolveClientIp("10.0.0.3", "198.51.100.7", 2)).toBe("198.51.100.7");
      expect(resolveClientIp("10.0.0.3", "", 5)).toBe("10.0.0.3");
    });
  });
});
