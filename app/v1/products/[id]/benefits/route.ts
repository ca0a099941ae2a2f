import { z } from "zod";
import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { serializeProduct } from "@/lib/products/serialize-product";
import { setProductBenefits } from "@/lib/products/set-product-benefits";

type Params = { id: string };

const body = z.object({ benefits: z.array(z.uuid()).max(100) });

// POST /v1/products/{id}/benefits — replace a product's benefits with an ordered list
export const POST = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Product");
    const { benefits } = await parseBody(req, body);
    const product = await setProductBenefits(db, organizationId, id, benefits);
    return Response.json(serializeProduct(product));
  },
  { permission: "write" },
);
