import { unsubscribeByToken } from "@/features/newsletter/service";
import { oneClickUnsubscribeRoute } from "@/server/mail/one-click-unsubscribe";

// RFC 8058 one-click unsubscribe from the city paper's e-mail edition (see server/mail/one-click-unsubscribe.ts).
export const dynamic = "force-dynamic";

const route = oneClickUnsubscribeRoute({
  unsubscribe: (token) => unsubscribeByToken({ token }, { via: "oneClick" }),
  pagePath: "/newsroom/newsletter/unsubscribe",
  list: "newsletter",
});
export const POST = route.POST;
export const GET = route.GET;
