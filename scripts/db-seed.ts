// npm run db:seed — loads the demo data (idempotent: existing records are kept).
import { seedDemoData, DEMO_PASSWORD } from "../prisma/seed/demo-data";
import { withDatabase } from "@/server/embedded-db/resolve-database";

await withDatabase(async (url) => {
  await seedDemoData(url);
  console.log(`Demo data is in place. Demo logins use the password ${DEMO_PASSWORD}.`);
});
