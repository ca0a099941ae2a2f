import { parseBody, parseId } from "@/lib/api/parse";
import { withIdempotency } from "@/lib/api/with-idempotency";
import { withOrg } from "@/lib/api/with-org";
import { db } from "@/lib/db";
import { addMeterCredit } from "@/lib/meters/add-meter-credit";
import { meterCreditBody } from "@/lib/meters/meter-credit-input";
import { serializeCustomerMeter } from "@/lib/meters/serialize-customer-meter";

type Params = { id: string };

// POST /v1/meters/{id}/credits — top up a customer's balance on the meter by hand (Benefactor's); returns the customer meter
export const POST = withOrg<Params>(
  withIdempotency(async ({ req, params, organizationId }) => {
    const meterId = parseId(params.id, "Meter");
    const body = await parseBody(req, meterCreditBody);
    const customerMeter = await addMeterCredit(db, organizationId, meterId, body);
    return Response.json(serializeCustomerMeter(customerMeter), { status: 201 });
  }),
  { permission: "write" },
);
