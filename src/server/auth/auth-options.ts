import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { writeAudit } from "@/server/audit";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { authenticate } from "./authenticate";
import { CLIENT_IP_HEADER } from "./client-ip";

const credentialsSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(1024),
});

/** Login failures reach the login form as these codes (next-auth passes a thrown message on). */
export const LOGIN_ERROR = { invalid: "InvalidCredentials", throttled: "TooManyAttempts" } as const;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The JWT lives for the idle timeout; the proxy re-issues it on activity (src/proxy.ts).
  session: { strategy: "jwt", maxAge: config().SESSION_IDLE_MINUTES * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) throw new Error(LOGIN_ERROR.invalid);
        const headers = (request?.headers ?? {}) as Record<string, string | undefined>;
        const result = await authenticate({ ...parsed.data, ip: headers[CLIENT_IP_HEADER] ?? "unknown" });
        if (!result.ok) throw new Error(LOGIN_ERROR[result.reason]);
        return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as unknown as { sessionVersion: number }).sessionVersion;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, authTime: token.authTime };
    },
  },
  events: {
    // Logging out ends every session of the user, on every device.
    async signOut({ token }) {
      const userId = typeof token?.uid === "string" ? token.uid : null;
      if (!userId) return;
      await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
        await writeAudit(tx, { actorId: userId, action: "auth.logout", entityType: "User", entityId: userId });
      });
    },
  },
};
