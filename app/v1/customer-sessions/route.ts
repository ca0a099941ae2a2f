import { parseBody } from "@/lib/api/parse";
import { withOrg } from "@/lib/api/with-org";
import { createCustomerSession } from "@/lib/auth/customer-session-create";
import { createCustomerSessionBody } from "@/lib/auth/customer-session-input";
import { appBaseUrl } from "@/lib/auth/customer-session-url";
import { db } from "@/lib/db";

// POST /v1/customer-sessions/ — open a customer portal session (token + portal link, shown once)
export const POST = withOrg(
  async ({ req, organizationId }) => {
    const body = await parseBody(req, createCustomerSessionBody);
    const session = await createCustomerSession(db, organizationId, body, appBaseUrl(req));
    return Response.json(session, { status: 201 });
  },
  { permission: "write" },
);
