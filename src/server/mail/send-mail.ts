import "server-only";
import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";

// Outgoing e-mail. With SMTP_URL set, mail goes through one pooled nodemailer transport per process;
// without it (development, demos), each message becomes an OutboxMessage row that staff read in the app.

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /**
   * The Message-ID to send with ("<…@…>"). The distribution job chooses it before sending and records
   * it first, so that an interrupted send can be recognised afterwards.
   */
  messageId?: string;
}

export interface SentMail {
  /** The SMTP Message-ID, or the OutboxMessage id when no SMTP server is configured. */
  messageId: string;
  via: "smtp" | "outbox";
}

const DEFAULT_FROM = "Tisková místnost <noreply@herald.example>";

const mailSettingsSchema = z.object({
  SMTP_URL: z.string().trim().min(1).optional().catch(undefined),
  SMTP_FROM: z.string().trim().min(1).default(DEFAULT_FROM),
  SMTP_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SMTP_SOCKET_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
});

/** Read on every call (cheap): tests and operators may change the environment without a restart. */
export function mailSettings() {
  const env = { ...process.env };
  if (!env.SMTP_URL) delete env.SMTP_URL;
  if (!env.SMTP_FROM) delete env.SMTP_FROM;
  return mailSettingsSchema.parse(env);
}

// One transporter per process (and per SMTP_URL); Next's dev server reloads modules, so keep it on globalThis.
const holder = globalThis as unknown as { heraldMailTransport?: { url: string; transport: Transporter } };

function transportFor(settings: ReturnType<typeof mailSettings>): Transporter {
  const url = settings.SMTP_URL as string;
  if (holder.heraldMailTransport?.url === url) return holder.heraldMailTransport.transport;
  holder.heraldMailTransport?.transport.close();
  const parsed = new URL(url);
  const transport = nodemailer.createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : parsed.protocol === "smtps:" ? 465 : 587,
    secure: parsed.protocol === "smtps:",
    auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
    // A local relay without TLS is allowed (smtp://127.0.0.1:25); STARTTLS is used when offered.
    pool: true,
    maxConnections: 2,
    maxMessages: 100,
    connectionTimeout: settings.SMTP_CONNECT_TIMEOUT_MS,
    greetingTimeout: settings.SMTP_CONNECT_TIMEOUT_MS,
    socketTimeout: settings.SMTP_SOCKET_TIMEOUT_MS,
    dnsTimeout: settings.SMTP_CONNECT_TIMEOUT_MS,
  });
  holder.heraldMailTransport = { url, transport };
  return transport;
}

/** Closes the process's SMTP connections (tests; graceful shutdown). */
export function closeMailTransport(): void {
  holder.heraldMailTransport?.transport.close();
  holder.heraldMailTransport = undefined;
}

type OutboxWriter = Pick<Prisma.TransactionClient, "outboxMessage">;

/**
 * Sends one message. Throws the transport's error when the SMTP server refuses it or cannot be reached
 * (nodemailer's error carries `responseCode`, `response` and `code`).
 */
export async function sendMail(message: MailMessage, options: { outbox?: OutboxWriter } = {}): Promise<SentMail> {
  const settings = mailSettings();
  if (!settings.SMTP_URL) {
    const row = await (options.outbox ?? db).outboxMessage.create({
      data: {
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
        headers: { ...(message.headers ?? {}), ...(message.messageId ? { "Message-ID": message.messageId } : {}) },
      },
      select: { id: true },
    });
    return { messageId: row.id, via: "outbox" };
  }
  const info = await transportFor(settings).sendMail({
    from: settings.SMTP_FROM,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    messageId: message.messageId,
  });
  // nodemailer resolves also when some recipients were refused; one recipient a message here, so refusal = failure.
  if (info.rejected?.length) {
    const error = new Error(`recipient refused: ${String(info.response ?? "")}`.trim());
    throw error;
  }
  return { messageId: info.messageId, via: "smtp" };
}

/** A short, log- and UI-safe description of a sending failure (the SMTP reply, never credentials). */
export function describeMailError(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string } | null;
  const text = e?.response ?? e?.message ?? String(error);
  const described = [e?.code, text].filter(Boolean).join(": ");
  return described.replace(/smtps?:\/\/[^@\s]*@/gi, "smtp://***@").slice(0, 500);
}

/** The app's public address, for links in e-mails (NEXTAUTH_URL, set by the operator or by npm start). */
export function appBaseUrl(): string {
  return process.env.NEXTAUTH_URL || "http://localhost:3000";
}

/**
 * A new Message-ID on the app's host. Jobs that send at most once record it when they claim a message,
 * before sending, so that the mail server's log can tell whether an interrupted send went out.
 */
export function newMessageId(): string {
  let host = "herald.local";
  try {
    host = new URL(appBaseUrl()).hostname || host;
  } catch {
    // keep the fallback
  }
  return `<${randomUUID()}@${host}>`;
}

/**
 * True only for failures before the SMTP server accepted anything: the TCP connection was refused or
 * could not be opened, the name did not resolve, or the server never greeted. (nodemailer's "CONN"
 * command and ECONNECTION code also cover sockets lost mid-message, which may have been delivered:
 * those are NOT treated as unreachable.) Such a send may safely be tried again later.
 */
export function isSmtpUnreachable(error: unknown): boolean {
  const e = error as { code?: string; syscall?: string; message?: string } | null;
  return e?.code === "EDNS" || e?.syscall === "connect" || /^(Connection timeout|Greeting never received)/.test(e?.message ?? "");
}
