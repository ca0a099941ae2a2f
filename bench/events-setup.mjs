// Run by bench/events.mjs under tsx (it imports the app's TypeScript): an organization with an
// access token, 100 customers, a heavy customer for the 1,000,000-event history, and two meters
// counting and summing `api.call` events. Prints one JSON line.
import { createAccessToken } from "@/lib/auth/access-tokens";
import { createCustomer } from "@/lib/customers/create-customer";
import { db } from "@/lib/db";
import { createMeter } from "@/lib/meters/create-meter";
import { createMeterBody } from "@/lib/meters/meter-input";
import { createOrganization } from "@/lib/organizations/create-organization";

const suffix = Math.random().toString(36).slice(2, 8);
const org = await createOrganization(db, { name: `Events bench ${suffix}`, slug: `events-bench-${suffix}` });
const { token } = await createAccessToken(db, { organizationId: org.id, name: "bench" });
const customer = (email) =>
  createCustomer(db, org.id, { email, name: null, external_id: null, billing_address: null, tax_id: null, locale: null, metadata: {} });
const customerIds = [];
for (let i = 0; i < 100; i++) customerIds.push((await customer(`c${i}-${suffix}@bench.local`)).id);
const heavy = await customer(`heavy-${suffix}@bench.local`);
const light = await customer(`light-${suffix}@bench.local`);
const filter = { conjunction: "and", clauses: [{ property: "name", operator: "eq", value: "api.call" }] };
const count = await createMeter(db, org.id, createMeterBody.parse({ name: "API calls", filter, aggregation: { func: "count" } }));
const sum = await createMeter(db, org.id, createMeterBody.parse({ name: "Tokens", filter, aggregation: { func: "sum", property: "metadata.tokens" } }));
console.log(JSON.stringify({ organizationId: org.id, token, customerIds, heavyId: heavy.id, lightId: light.id, meterIds: [count.id, sum.id] }));
await db.$disconnect();
