import { mkdirSync } from "node:fs";
import { cs, DEMO_PASSWORD, en, expect, format, homeHeading, sidebar, signIn, test } from "./support/app";

// Each demo role signs in, is greeted on its home and sees exactly the modules of its roles.
// The expected modules are written out here, from the permission table of the issue
// (src/server/authz/permissions.ts), so that an accidental change of the table fails this test.

const NAV_ORDER = [
  { key: "home", href: "/" },
  { key: "dashboard", href: "/dashboard" },
  { key: "calendar", href: "/calendar" },
  { key: "pressReleases", href: "/press-releases" },
  { key: "contacts", href: "/contacts" },
  { key: "inquiries", href: "/inquiries" },
  { key: "pressConferences", href: "/press-conferences" },
  { key: "monitoring", href: "/monitoring" },
  { key: "newsletter", href: "/newsletter" },
  { key: "visits", href: "/visits" },
  { key: "partnerCities", href: "/partner-cities" },
  { key: "events", href: "/events" },
  { key: "ceremonies", href: "/ceremonies" },
  { key: "promoItems", href: "/promo-items" },
  { key: "users", href: "/admin/users" },
  { key: "audit", href: "/admin/audit" },
  { key: "settings", href: "/admin/settings" },
] as const;
type ModuleKey = (typeof NAV_ORDER)[number]["key"];

const GROUPS: Record<string, ModuleKey[]> = {
  groupMedia: ["pressReleases", "contacts", "inquiries", "pressConferences", "monitoring", "newsletter"],
  groupCity: ["visits", "partnerCities", "events", "ceremonies", "promoItems"],
  groupAdmin: ["users", "audit", "settings"],
};

const MODULES_OF_ROLE: Record<string, ModuleKey[]> = {
  HEAD_OF_OFFICE: [
    "dashboard", "calendar", "pressReleases", "contacts", "inquiries", "pressConferences", "monitoring",
    "newsletter", "visits", "partnerCities", "events", "ceremonies", "promoItems", "settings",
  ],
  SPOKESPERSON: [
    "dashboard", "calendar", "pressReleases", "contacts", "inquiries", "pressConferences", "monitoring",
    "newsletter", "visits", "partnerCities", "events",
  ],
  PR_STAFF: [
    "calendar", "pressReleases", "contacts", "inquiries", "pressConferences", "monitoring", "newsletter",
    "partnerCities", "events", "promoItems",
  ],
  ASSISTANT: ["calendar", "pressConferences", "visits", "partnerCities", "events", "ceremonies", "promoItems"],
  ADMIN: ["users", "audit", "settings"],
};

/** The sidebar's modules, in navigation order, for someone holding `roles`. */
function expectedModules(roles: string[]) {
  const held = new Set<ModuleKey>(["home", ...roles.flatMap((role) => MODULES_OF_ROLE[role])]);
  return NAV_ORDER.filter((item) => held.has(item.key));
}

const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;

const DEMO_ACCOUNTS = [
  { slug: "head-of-office", email: "head@herald.example", firstName: "Alena", roles: ["HEAD_OF_OFFICE"], screenshot: true },
  { slug: "spokesperson", email: "spokesperson@herald.example", firstName: "Tomáš", roles: ["SPOKESPERSON"], screenshot: true },
  { slug: "pr-staff", email: "pr@herald.example", firstName: "Kateřina", roles: ["PR_STAFF"], screenshot: true },
  { slug: "assistant", email: "assistant@herald.example", firstName: "Lucie", roles: ["ASSISTANT"], screenshot: true },
  { slug: "admin", email: "admin@herald.example", firstName: "Jiří", roles: ["ADMIN"], screenshot: true },
  // One person, two roles: the sidebar is the union of both.
  { slug: "pr-staff-and-spokesperson", email: "marketa.souckova@herald.example", firstName: "Markéta", roles: ["PR_STAFF", "SPOKESPERSON"], screenshot: false },
];

test.describe("each role's home and navigation", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.slug} (${account.email}) sees its greeting and exactly its modules`, async ({ page }) => {
      await signIn(page, { email: account.email, password: DEMO_PASSWORD, firstName: account.firstName });
      await expect(homeHeading(page)).toHaveText(format(cs.home.title, { name: account.firstName }));
      await expect(page.locator("main h1 + p")).toContainText(account.roles.map((role) => cs.roles[role]).join(", "));

      const expected = expectedModules(account.roles);
      const nav = sidebar(page);
      await expect(nav).toBeVisible();
      const links = nav.locator("ul > li > a");
      await expect(links).toHaveCount(expected.length);
      const shown = await links.evaluateAll((anchors) =>
        anchors.map((anchor) => ({ href: anchor.getAttribute("href"), label: anchor.querySelector("span")?.textContent })),
      );
      expect(shown).toEqual(expected.map((item) => ({ href: item.href, label: cs.nav[item.key] })));
      // The home link is the current page.
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute("href", "/");

      // A group heading only when the group has a module of this person's.
      for (const [group, members] of Object.entries(GROUPS)) {
        const visible = members.some((key) => expected.some((item) => item.key === key));
        await expect(nav.getByText(cs.nav[group], { exact: true })).toHaveCount(visible ? 1 : 0);
      }

      // The home page offers the same modules as cards (administration has its own summary instead).
      const cards = page.locator('section[aria-labelledby="modules-title"] a');
      const expectedCards = expected.filter((item) => !["home", "users", "audit", "settings"].includes(item.key));
      await expect(cards).toHaveCount(expectedCards.length);
      expect(await cards.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")))).toEqual(
        expectedCards.map((item) => item.href),
      );
      if (account.roles.includes("ADMIN")) {
        await expect(page.getByRole("heading", { name: cs.home.adminTitle })).toBeVisible();
      }

      if (account.screenshot) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.mouse.move(0, 0); // no hover effect left over from the login button
        await page.screenshot({ path: `${SCREENSHOTS}${account.slug}-home.png`, fullPage: true });
      }
    });
  }

  test("a user whose saved language is English is greeted in English", async ({ page }) => {
    await signIn(page, { email: "emily.clarke@herald.example", password: DEMO_PASSWORD, firstName: "Emily" }, en.home.title);
    await expect(sidebar(page).getByRole("link", { name: en.nav.pressReleases })).toBeVisible();
    await expect(page.getByRole("button", { name: en.nav.logout })).toBeVisible();
  });
});
