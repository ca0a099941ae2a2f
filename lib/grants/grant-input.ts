import { z } from "zod";
import { paginationQuery } from "@/lib/api/pagination";
import { queryBoolean, queryList } from "@/lib/api/parse";

export const GRANT_SORTING = ["created_at", "-created_at", "granted_at", "-granted_at", "revoked_at", "-revoked_at"] as const;
export type GrantSorting = (typeof GRANT_SORTING)[number];

const uuids = queryList.pipe(z.array(z.uuid()).optional());

/** GET /v1/benefit-grants/ (Polar's filters, plus benefit_id and is_revoked). */
export const listGrantsQuery = z.object({
  ...paginationQuery,
  organization_id: uuids,
  customer_id: uuids,
  external_customer_id: queryList,
  benefit_id: uuids,
  is_granted: queryBoolean,
  is_revoked: queryBoolean,
  sorting: queryList.pipe(z.array(z.enum(GRANT_SORTING)).optional()),
});

/** GET /v1/benefits/{id}/grants (Polar's filters). Benefactor has no members, so `member_id` matches nothing. */
export const listBenefitGrantsQuery = z.object({
  ...paginationQuery,
  is_granted: queryBoolean,
  customer_id: uuids,
  member_id: queryList,
});

/** POST /v1/benefit-grants/: the customer by id or by the merchant's external id, and the benefit. */
export const createGrantBody = z
  .object({
    customer_id: z.uuid("Not a customer id").nullish(),
    external_customer_id: z.string().trim().min(1).max(255).nullish(),
    benefit_id: z.uuid("Not a benefit id"),
  })
  .superRefine((v, ctx) => {
    if (v.customer_id && v.external_customer_id) {
      ctx.addIssue({ code: "custom", path: ["external_customer_id"], message: "Give customer_id or external_customer_id, not both" });
    } else if (!v.customer_id && !v.external_customer_id) {
      ctx.addIssue({ code: "custom", path: ["customer_id"], message: "Give customer_id or external_customer_id" });
    }
  });

export type CreateGrantInput = z.output<typeof createGrantBody>;
