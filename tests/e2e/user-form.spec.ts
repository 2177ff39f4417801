import type { Page } from "@playwright/test";
import { cs, expect, strongPassword, test, uniqueSuffix } from "./support/app";

// A failed submit keeps what was typed (never the password) and shows the error at its field.

async function fillNewUserForm(page: Page, user: { name: string; email: string; password: string; locale?: "cs" | "en" }) {
  await page.goto("/admin/users/new");
  await expect(page.locator("main h1")).toHaveText(cs.users.new);
  await page.locator("#name").fill(user.name);
  await page.locator("#email").fill(user.email);
  await page.locator('input[name="roles[]"][value="SPOKESPERSON"]').check();
  if (user.locale) await page.locator("#locale").selectOption(user.locale);
  await page.locator("#password").fill(user.password);
  await page.getByRole("button", { name: cs.users.create }).click();
}

function freshNames() {
  const suffix = uniqueSuffix();
  return { name: `Jaroslava Formulářová ${suffix}`, email: `e2e-form-${suffix}@herald.example` };
}

test("creating a user with a too-short password keeps the input; fixing it creates the user", async ({ adminPage: page }) => {
  const { name, email } = freshNames();
  await fillNewUserForm(page, { name, email, password: "kratke" });

  const passwordError = page.locator("#password-error");
  await expect(passwordError).toHaveText(cs.validation.passwordTooShort);
  await expect(page.locator("#password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#password")).toHaveAttribute("aria-describedby", /password-error/);
  await expect(page.getByText(cs.errors.validation)).toBeVisible();
  await expect(page).toHaveURL((url) => url.pathname === "/admin/users/new");

  // What was typed is still there; the password is not sent back.
  await expect(page.locator("#name")).toHaveValue(name);
  await expect(page.locator("#email")).toHaveValue(email);
  await expect(page.locator('input[name="roles[]"][value="SPOKESPERSON"]')).toBeChecked();
  await expect(page.locator('input[name="roles[]"][value="PR_STAFF"]')).not.toBeChecked();
  await expect(page.locator("#password")).toHaveValue("");
  await expect(page.locator("#name-error")).toBeEmpty();
  await expect(page.locator("#email-error")).toBeEmpty();

  await page.locator("#password").fill(strongPassword());
  await page.getByRole("button", { name: cs.users.create }).click();
  await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: cs.users.created })).toBeVisible();
  await expect(page.locator("main h1")).toContainText(name);
  await expect(page.getByText(email)).toBeVisible();

  // The new user is in the list.
  await page.goto("/admin/users");
  await expect(page.getByRole("link", { name })).toBeVisible();
});

test("a failed submit keeps the chosen interface language too", async ({ adminPage: page }) => {
  const { name, email } = freshNames();
  await fillNewUserForm(page, { name, email, password: "kratke", locale: "en" });
  await expect(page.locator("#password-error")).toHaveText(cs.validation.passwordTooShort);
  await expect(page.locator("#name")).toHaveValue(name);
  await expect(page.locator("#locale")).toHaveValue("en");
});

test("after saving a user's interface language the form shows the saved language, and a second save keeps it", async ({ adminPage: page, newUser }) => {
  const user = await newUser({ roles: ["ASSISTANT"] });
  await page.goto(`/admin/users/${user.id}`);
  await page.locator("#locale").selectOption("en");
  await page.getByRole("button", { name: cs.common.save, exact: true }).click();
  await expect(page.getByText(cs.users.updated)).toBeVisible();
  await expect(page.locator("#locale")).toHaveValue("en");

  // A second change on the same form must not undo the first.
  await page.locator("#name").fill(`${user.name} II`);
  await page.getByRole("button", { name: cs.common.save, exact: true }).click();
  await expect(page.locator("main h1")).toContainText(`${user.name} II`);
  await page.reload();
  await expect(page.locator("#locale")).toHaveValue("en");
});
