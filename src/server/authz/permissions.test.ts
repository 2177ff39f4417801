import { describe, expect, it } from "vitest";
import { ForbiddenError, UnauthenticatedError } from "@/server/errors";
import { type Actor, can, type Permission, PERMISSIONS, requirePermission } from "./permissions";
import { ROLES, type Role } from "./roles";

const permissions = Object.keys(PERMISSIONS) as Permission[];
const actorWith = (...roles: Role[]): Actor => ({ id: "u1", name: "Test", email: "t@example.org", roles, locale: "cs" });

describe("the permission table", () => {
  it("names permissions as module.action", () => {
    for (const permission of permissions) expect(permission).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it("grants every permission to at least one role, and only to known roles, once", () => {
    for (const permission of permissions) {
      const roles: readonly string[] = PERMISSIONS[permission];
      expect(roles.length, permission).toBeGreaterThan(0);
      for (const role of roles) expect(ROLES, permission).toContain(role);
      expect(new Set(roles).size, permission).toBe(roles.length);
    }
  });

  it("gives every role at least one permission", () => {
    for (const role of ROLES) expect(permissions.some((p) => can(actorWith(role), p)), role).toBe(true);
  });

  it("lets the administrator alone see and manage users and read the audit log", () => {
    for (const permission of ["user.view", "user.manage", "audit.view"] as const) {
      expect(PERMISSIONS[permission]).toEqual(["ADMIN"]);
    }
  });

  it("keeps the administrator out of the office's own work", () => {
    const adminOnly = permissions.filter((p) => can(actorWith("ADMIN"), p));
    expect(adminOnly.sort()).toEqual(["audit.view", "settings.manage", "user.manage", "user.view"]);
  });

  it("lets the spokesperson and PR staff manage press conferences, and only the spokesperson invite", () => {
    expect(PERMISSIONS["pressConference.manage"]).toEqual(["SPOKESPERSON", "PR_STAFF"]);
    expect(PERMISSIONS["pressConference.invite"]).toEqual(["SPOKESPERSON"]);
  });

  it("publishes press releases only through a spokesperson", () => {
    expect(PERMISSIONS["pressRelease.publish"]).toEqual(["SPOKESPERSON"]);
  });
});

describe("can", () => {
  it("is false for anonymous visitors and for actors without roles", () => {
    for (const permission of permissions) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
      expect(can(actorWith(), permission)).toBe(false);
    }
  });

  it("is true when any of the actor's roles holds the permission", () => {
    expect(can(actorWith("ASSISTANT"), "pressRelease.view")).toBe(false);
    expect(can(actorWith("ASSISTANT", "PR_STAFF"), "pressRelease.view")).toBe(true);
    expect(can(actorWith("HEAD_OF_OFFICE"), "ceremony.view")).toBe(true);
    expect(can(actorWith("SPOKESPERSON"), "ceremony.view")).toBe(false);
  });

  it("agrees with the table for every role and permission", () => {
    for (const role of ROLES) {
      for (const permission of permissions) {
        expect(can(actorWith(role), permission), `${role} ${permission}`).toBe(
          (PERMISSIONS[permission] as readonly Role[]).includes(role),
        );
      }
    }
  });
});

describe("requirePermission", () => {
  it("refuses anonymous visitors as unauthenticated", () => {
    expect(() => requirePermission(null, "calendar.view")).toThrow(UnauthenticatedError);
    expect(() => requirePermission(undefined, "calendar.view")).toThrow(UnauthenticatedError);
  });

  it("refuses a signed-in actor without the permission as forbidden", () => {
    expect(() => requirePermission(actorWith("PR_STAFF", "ASSISTANT"), "user.manage")).toThrow(ForbiddenError);
    expect(() => requirePermission(actorWith(), "calendar.view")).toThrow(ForbiddenError);
  });

  it("passes an actor holding the permission", () => {
    expect(() => requirePermission(actorWith("ADMIN"), "user.manage")).not.toThrow();
    expect(() => requirePermission(actorWith("PR_STAFF"), "pressRelease.draft")).not.toThrow();
  });
});
