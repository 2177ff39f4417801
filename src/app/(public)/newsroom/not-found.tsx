import Link from "next/link";
import { getTranslations } from "next-intl/server";

// An unknown, unpublished or embargoed release: a 404 inside the public frame, with a way back.
export default async function NewsroomNotFound() {
  const t = await getTranslations("newsroom");
  return (
    <div className="mx-auto max-w-lg py-12 text-center" data-testid="newsroom-not-found">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-600">{t("notFoundBody")}</p>
      <Link href="/newsroom" className="mt-6 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("release.back")}
      </Link>
    </div>
  );
}
