import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Browser, type BrowserContext, expect, type Page, test as base } from "@playwright/test";

// Shared helpers of the end-to-end tests: the message catalogs (so that the tests follow the wording),
// signing in, and fresh users made through the administrator's own form.

type Catalog = {
  nav: Record<string, string>;
  login: Record<string, string>;
  home: Record<string, string>;
  users: Record<string, string>;
  forbidden: Record<string, string>;
  language: Record<string, string>;
  validation: Record<string, string>;
  errors: Record<string, string>;
  common: Record<string, string>;
  roles: Record<string, string>;
  // The other namespaces, read loosely (nested objects).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [namespace: string]: any;
};
const readCatalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(new URL(`../../../src/i18n/messages/${locale}.json`, import.meta.url), "utf8"));
export const cs = readCatalog("cs");
export const en = readCatalog("en");

/** The catalog's "{name}" placeholders filled in. */
export function format(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export const DEMO_PASSWORD = "herald-demo-2026";
export const ADMIN = { email: "admin@herald.example", password: DEMO_PASSWORD, firstName: "Jiří" };

export type Role = "HEAD_OF_OFFICE" | "SPOKESPERSON" | "PR_STAFF" | "ASSISTANT" | "ADMIN";

export interface TestUser {
  id: string;
  name: string;
  firstName: string;
  email: string;
  password: string;
  roles: Role[];
}

/** Something no other test (and no earlier run against a reused server) has used. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** A password the policy accepts (12+ characters, not a common one). */
export function strongPassword(): string {
  return `lipova-alej-${randomBytes(6).toString("hex")}`;
}

const loginForm = (page: Page) => page.locator("form:has(#password)");
export const loginError = (page: Page) => loginForm(page).getByRole("alert");

/** Fills in and sends the login form on the current /login page; waits for the server's answer. */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  const form = loginForm(page);
  await form.locator("#email").fill(email);
  await form.locator("#password").fill(password);
  const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await form.locator('button[type="submit"]').click();
  await answered;
}

/** Signs in from /login and waits for the home page greeting (Czech unless `greeting` says otherwise). */
export async function signIn(
  page: Page,
  user: { email: string; password: string; firstName: string },
  greeting: string = cs.home.title,
): Promise<void> {
  await page.goto("/login");
  await submitLogin(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await expect(homeHeading(page)).toHaveText(format(greeting, { name: user.firstName }));
  // The line under the greeting names who is signed in.
  await expect(page.locator("main h1 + p")).toContainText(user.firstName);
}

export const homeHeading = (page: Page) => page.locator("main h1");

/** The sidebar (the wide-screen navigation; the small-screen menu is a closed <details>). */
export const sidebar = (page: Page) => page.locator("aside nav");

/** Creates a user through /admin/users/new on an administrator's page; returns it with its id. */
export async function createUserThroughAdmin(
  adminPage: Page,
  options: { roles?: Role[]; firstName?: string; locale?: "cs" | "en" } = {},
): Promise<TestUser> {
  const suffix = uniqueSuffix();
  const firstName = options.firstName ?? "Zdeňka";
  const user = {
    name: `${firstName} Zkušební ${suffix}`,
    firstName,
    email: `e2e-${suffix}@herald.example`,
    password: strongPassword(),
    roles: options.roles ?? (["PR_STAFF"] as Role[]),
  };
  await adminPage.goto("/admin/users/new");
  await adminPage.locator("#name").fill(user.name);
  await adminPage.locator("#email").fill(user.email);
  for (const role of user.roles) await adminPage.locator(`input[name="roles[]"][value="${role}"]`).check();
  await adminPage.locator("#locale").selectOption(options.locale ?? "cs");
  await adminPage.locator("#password").fill(user.password);
  await adminPage.getByRole("button", { name: cs.users.create }).click();
  await adminPage.waitForURL(/\/admin\/users\/[0-9a-f-]{36}\?created=1$/);
  const id = new URL(adminPage.url()).pathname.split("/").pop()!;
  await expect(adminPage.getByText(cs.users.created)).toBeVisible();
  return { id, ...user };
}

/** A fresh browser context (own cookies): a second person at a second computer. */
export async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

export const test = base.extend<{
  /** The demo administrator, signed in in a browser context of their own. */
  adminPage: Page;
  /** Makes a fresh user through the administrator's form. */
  newUser: (options?: Parameters<typeof createUserThroughAdmin>[1]) => Promise<TestUser>;
}>({
  adminPage: async ({ browser }, use) => {
    const { context, page } = await newPerson(browser);
    await signIn(page, ADMIN);
    await use(page);
    await context.close();
  },
  newUser: async ({ adminPage }, use) => {
    await use((options) => createUserThroughAdmin(adminPage, options));
  },
});

export { expect };
