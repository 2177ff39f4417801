import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";

const commonPasswords = readFileSync("src/server/auth/common-passwords.txt", "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

describe("checkPasswordPolicy", () => {
  it("accepts the demo password and long passphrases", () => {
    expect(checkPasswordPolicy("herald-demo-2026")).toBeNull();
    expect(checkPasswordPolicy("correct horse battery staple")).toBeNull();
    expect(checkPasswordPolicy("Žluťoučký kůň úpěl")).toBeNull();
  });

  it("takes 12 to 128 characters", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
    expect(checkPasswordPolicy("quiet-lamp7")).toBe("passwordTooShort");
    expect(checkPasswordPolicy("quiet-lamp-7")).toBeNull();
    expect(checkPasswordPolicy("abcdefgh".repeat(16))).toBeNull();
    expect(checkPasswordPolicy(`${"abcdefgh".repeat(16)}x`)).toBe("passwordTooLong");
    expect(checkPasswordPolicy("")).toBe("passwordTooShort");
  });

  it("counts characters by code point, not UTF-16 units", () => {
    // Six emoji are 12 UTF-16 units but 6 characters.
    expect(checkPasswordPolicy("🐴🔋📎🦄🌍🎺")).toBe("passwordTooShort");
    expect(checkPasswordPolicy("🐴🔋📎🦄🌍🎺🐴🔋📎🦄🌍🎺")).toBeNull();
    // 128 emoji are 256 UTF-16 units, still within the limit; 129 are over it.
    const emoji = [..."🐴🔋📎🦄🌍🎺🍀🚲"];
    const ofLength = (n: number) => Array.from({ length: n }, (_, i) => emoji[i % emoji.length]).join("");
    expect(checkPasswordPolicy(ofLength(128))).toBeNull();
    expect(checkPasswordPolicy(ofLength(129))).toBe("passwordTooLong");
  });

  it("refuses every password of the common list, in any letter case", () => {
    expect(commonPasswords.length).toBeGreaterThan(50);
    for (const password of commonPasswords.filter((p) => [...p].length >= PASSWORD_MIN_LENGTH)) {
      expect(checkPasswordPolicy(password), password).toBe("passwordTooCommon");
      expect(checkPasswordPolicy(password.toUpperCase()), password).toBe("passwordTooCommon");
    }
  });

  it("refuses a password of one or two repeated characters", () => {
    expect(checkPasswordPolicy("aaaaaaaaaaaaaa")).toBe("passwordTooCommon");
    expect(checkPasswordPolicy("abababababababab")).toBe("passwordTooCommon");
    expect(checkPasswordPolicy("abcabcabcabcabc")).toBeNull();
  });

  it("refuses the account's own e-mail address", () => {
    expect(checkPasswordPolicy("Jana.Novakova@mesto.cz", { email: "jana.novakova@mesto.cz" })).toBe("passwordTooCommon");
    expect(checkPasswordPolicy("jana.novakova@mesto.cz", { email: "someone.else@mesto.cz" })).toBeNull();
  });
});
