import { parseBody, parseId } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { updateBenefitBody } from "@/lib/benefits/benefit-input";
import { deleteBenefit } from "@/lib/benefits/delete-benefit";
import { getBenefitOrThrow } from "@/lib/benefits/get-benefit-or-throw";
import { serializeBenefit } from "@/lib/benefits/serialize-benefit";
import { updateBenefit } from "@/lib/benefits/update-benefit";
import { db } from "@/lib/db";

type Params = { id: string };

// GET /v1/benefits/{id} — get a benefit
export const GET = withOrg<Params>(
  async ({ params, organizationId }) => {
    const benefit = await getBenefitOrThrow(db, organizationId, parseId(params.id, "Benefit"));
    return Response.json(serializeBenefit(benefit));
  },
  { permission: "read" },
);

// PATCH /v1/benefits/{id} — update a benefit (its type cannot change)
export const PATCH = withOrg<Params>(
  async ({ req, params, organizationId }) => {
    const id = parseId(params.id, "Benefit");
    const body = await parseBody(req, updateBenefitBody);
    const benefit = await updateBenefit(db, organizationId, id, body);
    return Response.json(serializeBenefit(benefit));
  },
  { permission: "write" },
);

// DELETE /v1/benefits/{id} — delete a benefit
export const DELETE = withOrg<Params>(
  async ({ params, organizationId }) => {
    await deleteBenefit(db, organizationId, parseId(params.id, "Benefit"));
    return new Response(null, { status: 204 });
  },
  { permission: "delete" },
);
