// Seeds bench/files: an organization with an access token and a customer. Prints them as JSON.
import { createAccessToken } from "@/lib/auth/access-tokens";
import { createCustomer } from "@/lib/customers/create-customer";
import { db } from "@/lib/db";
import { createOrganization } from "@/lib/organizations/create-organization";

const suffix = Math.random().toString(36).slice(2, 8);
const org = await createOrganization(db, { name: `Bench files ${suffix}`, slug: `bench-files-${suffix}` });
const { token } = await createAccessToken(db, { organizationId: org.id, name: "bench" });
const customer = await createCustomer(db, org.id, {
  email: "files@bench.test",
  name: "Bench Buyer",
  external_id: null,
  billing_address: null,
  tax_id: null,
  locale: null,
  metadata: {},
});
console.log(JSON.stringify({ organization_id: org.id, token, customer_id: customer.id }));
await db.$disconnect();
