// A real SMTP server for the end-to-end tests: the app sends through it (SMTP_URL), and the tests read
// what arrived over HTTP (GET /messages). Started by Playwright next to the app (playwright.config.ts).
import http from "node:http";
import { SMTPServer } from "smtp-server";

const SMTP_PORT = Number(process.env.MAIL_SINK_SMTP_PORT ?? 2525);
const HTTP_PORT = Number(process.env.MAIL_SINK_HTTP_PORT ?? 2526);

interface Received {
  from: string;
  to: string[];
  raw: string;
  receivedAt: string;
}
const messages: Received[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      messages.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
        raw: Buffer.concat(chunks).toString("utf8"),
        receivedAt: new Date().toISOString(),
      });
      callback();
    });
  },
});
smtp.listen(SMTP_PORT, "127.0.0.1");

http
  .createServer((request, response) => {
    if (request.url === "/health") return void response.end("ok");
    if (request.url === "/messages") {
      response.setHeader("Content-Type", "application/json");
      return void response.end(JSON.stringify(messages));
    }
    response.statusCode = 404;
    response.end();
  })
  .listen(HTTP_PORT, "127.0.0.1", () => console.log(`mail sink: SMTP ${SMTP_PORT}, HTTP ${HTTP_PORT}`));
