import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { getProductOrThrow } from "@/lib/products/get-product-or-throw";
import { updateProductBody } from "@/lib/products/product-input";
import { serializeProduct } from "@/lib/products/serialize-product";
import { updateProduct } from "@/lib/products/update-product";

type Params = { id: string };

// GET /v1/products/{id} — get a product
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const product = await getProductOrThrow(db, organizationId, parseId(params.id, "Product"));
    return Response.json(serializeProduct(product));
  },
  { permission: "read" },
);

// PATCH /v1/products/{id} — update a product (its billing cycle cannot change)
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Product");
    const body = await parseBody(req, updateProductBody);
    const product = await updateProduct(db, organizationId, id, body);
    return Response.json(serializeProduct(product));
  },
  { permission: "write" },
);
