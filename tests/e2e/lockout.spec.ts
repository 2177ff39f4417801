import { cs, expect, format, homeHeading, loginError, newPerson, submitLogin, test } from "./support/app";

// Five wrong passwords lock the account; the right password is then refused too, until an administrator
// lifts the lock. A fresh user, so that no demo account is ever locked for the other tests.

test("five failed logins lock an account until an administrator lifts the lock", async ({ browser, adminPage, newUser }) => {
  const user = await newUser({ roles: ["ASSISTANT"], firstName: "Radka" });
  const { context, page } = await newPerson(browser);
  await page.goto("/login");

  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitLogin(page, user.email, `spatne-heslo-${attempt}-xyz`);
    await expect(loginError(page), `attempt ${attempt}`).toHaveText(cs.login.invalid);
  }
  await submitLogin(page, user.email, user.password);
  await expect(loginError(page)).toHaveText(cs.login.throttled);
  await expect(page).toHaveURL((url) => url.pathname === "/login");

  // The administrator sees the lock in the list and lifts it on the user's page.
  await adminPage.goto("/admin/users");
  const row = adminPage.locator("tr", { hasText: user.email });
  await expect(row.getByText(format(cs.users.locked, { until: "" }).trim(), { exact: false })).toBeVisible();
  await adminPage.goto(`/admin/users/${user.id}`);
  await adminPage.getByRole("button", { name: cs.users.unlock }).click();
  await expect(adminPage.getByText(cs.users.unlocked)).toBeVisible();
  await expect(adminPage.getByRole("button", { name: cs.users.unlock })).toHaveCount(0);

  await submitLogin(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  await expect(homeHeading(page)).toHaveText(format(cs.home.title, { name: user.firstName }));
  await context.close();
});
