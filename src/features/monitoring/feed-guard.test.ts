import { describe, expect, it } from "vitest";
import { addressLiteral, isPublicAddress } from "./feed-guard";

describe("the feed poller's address guard", () => {
  it("lets public unicast addresses through", () => {
    for (const address of ["8.8.8.8", "185.15.59.224", "2a00:1450:4014:80c::200e", "2001:4860:4860::8888"]) expect(isPublicAddress(address), address).toBe(true);
  });

  it("refuses loopback, private, link-local (cloud metadata), CGNAT, multicast and reserved addresses", () => {
    const internal = ["127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fd00::1", "fe80::1", "ff02::1"];
    for (const address of internal) expect(isPublicAddress(address), address).toBe(false);
  });

  it("judges IPv4-mapped IPv6 addresses by their IPv4 part, and refuses what is not an address", () => {
    expect(isPublicAddress("::ffff:127.0.0.1")).toBe(false);
    expect(isPublicAddress("::ffff:10.0.0.1")).toBe(false);
    expect(isPublicAddress("::ffff:8.8.8.8")).toBe(true);
    expect(isPublicAddress("localhost")).toBe(false);
  });

  it("finds address literals in URLs (names are resolved at connection time instead)", () => {
    expect(addressLiteral(new URL("http://127.0.0.1:8080/feed"))).toBe("127.0.0.1");
    expect(addressLiteral(new URL("http://[::1]/feed"))).toBe("::1");
    expect(addressLiteral(new URL("http://2130706433/feed"))).toBe("127.0.0.1"); // the URL parser normalises decimal IPv4
    expect(addressLiteral(new URL("https://www.denik.example/rss"))).toBeNull();
  });
});
