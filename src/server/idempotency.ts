import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Creating forms carry a key made when the form was rendered. The first request with a key claims it and
 * runs `create` in the same transaction; a retry or a double click with the same key gets the stored
 * result and makes no second record. A concurrent duplicate waits on the claimed key (PostgreSQL's
 * unique check) and then reads the first one's result.
 */
export async function once<T extends Prisma.InputJsonValue>(
  tx: Prisma.TransactionClient,
  scope: { key: string | undefined; userId: string; action: string },
  create: () => Promise<T>,
): Promise<T> {
  if (!scope.key) return create();
  const key = `${scope.userId}:${scope.action}:${scope.key}`;
  const claimed = await tx.$executeRaw`
    INSERT INTO "IdempotencyKey" ("key", "userId", "action", "result")
    VALUES (${key}, ${scope.userId}::uuid, ${scope.action}, 'null'::jsonb)
    ON CONFLICT ("key") DO NOTHING`;
  if (claimed === 0) {
    const previous = await tx.idempotencyKey.findUniqueOrThrow({ where: { key }, select: { result: true } });
    return previous.result as T;
  }
  const result = await create();
  await tx.idempotencyKey.update({ where: { key }, data: { result } });
  return result;
}
