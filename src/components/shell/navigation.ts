import { can, type Actor, type Permission } from "@/server/authz/permissions";

// The staff navigation: each module with the permission that shows it. `isBuilt: false` modules show a
// "coming" page until their issue lands.
export interface NavItem {
  key: string;
  href: string;
  permission: Permission | null;
  isBuilt: boolean;
}

export const NAV_GROUPS: Array<{ key: string | null; items: NavItem[] }> = [
  {
    key: null,
    items: [
      { key: "home", href: "/", permission: null, isBuilt: true },
      { key: "dashboard", href: "/dashboard", permission: "dashboard.view", isBuilt: false },
      { key: "calendar", href: "/calendar", permission: "calendar.view", isBuilt: false },
    ],
  },
  {
    key: "groupMedia",
    items: [
      { key: "pressReleases", href: "/press-releases", permission: "pressRelease.view", isBuilt: true },
      { key: "contacts", href: "/contacts", permission: "contact.view", isBuilt: true },
      { key: "inquiries", href: "/inquiries", permission: "inquiry.view", isBuilt: true },
      { key: "pressConferences", href: "/press-conferences", permission: "pressConference.view", isBuilt: true },
      { key: "monitoring", href: "/monitoring", permission: "monitoring.view", isBuilt: false },
      { key: "newsletter", href: "/newsletter", permission: "newsletter.view", isBuilt: true },
    ],
  },
  {
    key: "groupCity",
    items: [
      { key: "visits", href: "/visits", permission: "visit.view", isBuilt: true },
      { key: "partnerCities", href: "/partner-cities", permission: "partnerCity.view", isBuilt: true },
      { key: "events", href: "/events", permission: "event.view", isBuilt: true },
      { key: "ceremonies", href: "/ceremonies", permission: "ceremony.view", isBuilt: true },
      { key: "promoItems", href: "/promo-items", permission: "promoItem.view", isBuilt: true },
    ],
  },
  {
    key: "groupAdmin",
    items: [
      { key: "users", href: "/admin/users", permission: "user.view", isBuilt: true },
      { key: "audit", href: "/admin/audit", permission: "audit.view", isBuilt: true },
      { key: "settings", href: "/admin/settings", permission: "settings.manage", isBuilt: true },
    ],
  },
];

/** The navigation as this actor may see it: only the modules of their roles, empty groups dropped. */
export function navigationFor(actor: Pick<Actor, "roles">) {
  return NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => item.permission === null || can(actor, item.permission)),
  })).filter((group) => group.items.length > 0);
}

export function findNavItem(key: string): NavItem {
  const item = NAV_GROUPS.flatMap((group) => group.items).find((candidate) => candidate.key === key);
  if (!item) throw new Error(`Unknown navigation item ${key}`);
  return item;
}
