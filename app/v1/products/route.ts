import { z } from "zod";
import { listResponse, paginationQuery } from "@/lib/api/pagination";
import { parseBody, parseQuery, queryBoolean, queryList } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { createProduct } from "@/lib/products/create-product";
import { listProducts, PRODUCT_SORTING } from "@/lib/products/list-products";
import { metadataFilter } from "@/lib/api/metadata-filter";
import { createProductBody, VISIBILITIES } from "@/lib/products/product-input";
import { serializeProduct } from "@/lib/products/serialize-product";

const listQuery = z.object({
  ...paginationQuery,
  id: queryList.pipe(z.array(z.uuid()).optional()),
  organization_id: queryList.pipe(z.array(z.uuid()).optional()),
  query: z.string().max(200).optional(),
  is_archived: queryBoolean,
  is_recurring: queryBoolean,
  benefit_id: queryList.pipe(z.array(z.uuid()).optional()),
  visibility: queryList.pipe(z.array(z.enum(VISIBILITIES)).optional()),
  sorting: queryList.pipe(z.array(z.enum(PRODUCT_SORTING)).optional()),
});

// GET /v1/products/ — list products
export const GET = withOrg(
  async ({ req, organizationId }) => {
    const q = parseQuery(req, listQuery);
    const filters = {
      ids: q.id,
      organizationIds: q.organization_id,
      query: q.query,
      isArchived: q.is_archived,
      isRecurring: q.is_recurring,
      benefitIds: q.benefit_id,
      visibility: q.visibility,
      metadata: metadataFilter(req),
    };
    const { items, total } = await listProducts(db, organizationId, filters, q.sorting ?? ["-created_at"], q);
    return Response.json(listResponse(items.map(serializeProduct), total, q));
  },
  { permission: "read" },
);

// POST /v1/products/ — create a product
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, createProductBody);
    const product = await createProduct(db, organizationId, body);
    return Response.json(serializeProduct(product), { status: 201 });
  },
  { permission: "write" },
);
