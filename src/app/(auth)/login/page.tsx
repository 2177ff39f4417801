import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/features/users/components/login-form";
import { getActor } from "@/server/auth/session";
import { config } from "@/server/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  if (await getActor()) redirect("/");
  const { notice, callbackUrl } = await searchParams;
  return <LoginForm city={config().CITY_NAME} notice={notice} callbackUrl={safeCallback(callbackUrl)} />;
}

/** Only paths on this site: an open redirect would turn our login page into a phishing tool. */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/";
}
