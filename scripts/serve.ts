// The HTTP server around Next.js (started by scripts/start.ts). It exists for one reason: Next keeps a
// client-sent X-Forwarded-For as it is, so the client's real address (for login throttling) must be
// taken from the socket here and passed on in a header this server always overwrites.
import http from "node:http";
import next from "next";
import { CLIENT_IP_HEADER, resolveClientIp } from "../src/server/auth/client-ip";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const trustedProxies = Number(process.env.TRUSTED_PROXY_COUNT ?? 0);

const app = next({ dev: isDev, hostname: "localhost", port, turbopack: isDev });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const forwardedFor = request.headers["x-forwarded-for"];
  request.headers[CLIENT_IP_HEADER] = resolveClientIp(
    request.socket.remoteAddress,
    Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
    trustedProxies,
  );
  void handle(request, response);
});
server.listen(port, host, () => {
  console.log(`Herald is ready at http://localhost:${port}${isDev ? " (development)" : ""}`);
});

// Let a running background job finish its step before the process ends (src/server/jobs/worker.ts).
const worker = () => (globalThis as { heraldJobWorker?: { stop(): Promise<void> } }).heraldJobWorker;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void Promise.resolve(worker()?.stop())
      .then(() => app.close())
      .finally(() => process.exit(0));
  });
}
