import { z } from "zod";

// The filter of /admin/audit, read from the query string.
export const auditFilterSchema = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actorId: z.uuid().optional().catch(undefined),
  entityType: z.string().trim().max(100).optional().catch(undefined),
  entityId: z.string().trim().max(100).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  /** Keyset pagination: entries older than this id. */
  before: z.coerce.bigint().positive().optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
export const AUDIT_PAGE_SIZE = 50;
