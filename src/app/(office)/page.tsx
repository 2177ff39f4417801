import { HomePage } from "@/features/home/components/home-page";
import { requirePageActor } from "@/server/auth/page-guard";

export default async function Home() {
  const actor = await requirePageActor();
  return <HomePage actor={actor} />;
}
