// npm run user:create -- --email it@city.example --name "Jana Nováková" [--roles ADMIN,SPOKESPERSON]
// Makes a user (by default an administrator) from the server's shell: how a production database, which
// starts empty, gets its first administrator. The password is asked for (or read from HERALD_NEW_PASSWORD).
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { createUserFromCommandLine } from "@/features/users/service";
import { withDatabase } from "@/server/embedded-db/resolve-database";
import { ValidationError } from "@/server/errors";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, roles: { type: "string", default: "ADMIN" }, locale: { type: "string", default: "cs" } },
});
if (!values.email || !values.name) {
  console.error('Usage: npm run user:create -- --email it@city.example --name "Jana Nováková" [--roles ADMIN,SPOKESPERSON] [--locale cs|en]');
  process.exit(2);
}
const password = process.env.HERALD_NEW_PASSWORD ?? (await ask("Password (12–128 characters): "));

await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  try {
    const user = await createUserFromCommandLine({
      email: values.email,
      name: values.name,
      roles: values.roles!.split(",").map((role) => role.trim().toUpperCase()),
      locale: values.locale,
      password,
    });
    console.log(`Created user ${values.email} (${user.id}).`);
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const [field, issues] of Object.entries(error.fieldIssues)) console.error(`${field}: ${issues.map((issue) => issue.key).join(", ")}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
});

async function ask(question: string): Promise<string> {
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await readline.question(question);
  } finally {
    readline.close();
  }
}
