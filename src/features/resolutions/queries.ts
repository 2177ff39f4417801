import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { visibleWhere } from "@/features/press-releases/policy";
import { type Actor, requirePermission } from "@/server/authz/permissions";
import { db } from "@/server/db";
import { NotFoundError } from "@/server/errors";
import { parseInput } from "@/server/validation";
import { REGISTER_PAGE_SIZE, registerFilterSchema } from "./schema";

/**
 * The whole register, a page at a time (the release editor's picker, listResolutions, shows only the
 * newest 50), each with whether a published release communicates it.
 */
export async function listRegister(actor: Actor | null, rawFilter: unknown = {}) {
  requirePermission(actor, "pressRelease.view");
  const filter = parseInput(registerFilterSchema, rawFilter ?? {});
  const where: Prisma.CouncilResolutionWhereInput = filter.q
    ? { OR: [{ number: { contains: filter.q, mode: "insensitive" } }, { title: { contains: filter.q, mode: "insensitive" } }] }
    : {};
  const [total, rows] = await Promise.all([
    db.councilResolution.count({ where }),
    db.councilResolution.findMany({
      where,
      orderBy: [{ adoptedOn: "desc" }, { body: "asc" }, { number: "asc" }],
      skip: (filter.page - 1) * REGISTER_PAGE_SIZE,
      take: REGISTER_PAGE_SIZE,
      select: {
        id: true,
        body: true,
        number: true,
        title: true,
        adoptedOn: true,
        url: true,
        _count: { select: { releases: { where: { pressRelease: { status: "PUBLISHED" } } } } },
      },
    }),
  ]);
  return {
    rows: rows.map(({ _count, ...row }) => ({ ...row, communicated: _count.releases > 0 })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE)),
  };
}

/** One resolution for its edit page, with the releases that link it. */
export async function getResolution(actor: Actor | null, id: string) {
  requirePermission(actor, "pressRelease.view");
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const resolution = await db.councilResolution.findUnique({
    where: { id },
    select: {
      id: true,
      body: true,
      number: true,
      adoptedOn: true,
      title: true,
      text: true,
      url: true,
      version: true,
      updatedAt: true,
      releases: {
        where: { pressRelease: visibleWhere(actor) },
        orderBy: { pressRelease: { updatedAt: "desc" } },
        select: { pressRelease: { select: { id: true, title: true, status: true, language: true } } },
      },
    },
  });
  if (!resolution) throw new NotFoundError();
  const { releases, ...rest } = resolution;
  return { ...rest, releases: releases.map((link) => link.pressRelease) };
}
