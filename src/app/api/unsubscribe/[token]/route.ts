import { unsubscribeByToken } from "@/features/distribution/service";
import { oneClickUnsubscribeRoute } from "@/server/mail/one-click-unsubscribe";

// RFC 8058 one-click unsubscribe from press-release distributions (see server/mail/one-click-unsubscribe.ts).
export const dynamic = "force-dynamic";

const route = oneClickUnsubscribeRoute({
  unsubscribe: (token) => unsubscribeByToken({ token }, { via: "oneClick" }),
  pagePath: "/newsroom/unsubscribe",
  list: "press releases",
});
export const POST = route.POST;
export const GET = route.GET;
