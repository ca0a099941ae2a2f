// Run by bench/license-validate.mjs through tsx (it imports the app's TypeScript modules): an
// organization selling one product with a license_keys benefit, one recorded purchase, and the
// key it issued. Prints {"organization_id", "key"} as the last line.
import { createBenefit } from "@/lib/benefits/create-benefit";
import { createCustomer } from "@/lib/customers/create-customer";
import { db } from "@/lib/db";
import { createOrganization } from "@/lib/organizations/create-organization";
import { createProduct } from "@/lib/products/create-product";
import { setProductBenefits } from "@/lib/products/set-product-benefits";
import { createOrder } from "@/lib/purchases/create-order";
import { createOrderBody } from "@/lib/purchases/order-input";

const suffix = Math.random().toString(36).slice(2, 8);
const org = await createOrganization(db, { name: `Bench ${suffix}`, slug: `bench-${suffix}` });
const benefit = await createBenefit(db, org.id, {
  type: "license_keys",
  description: "Bench license",
  properties: { prefix: "BENCH", expires: null, activations: null, limit_usage: null },
  metadata: {},
});
const product = await createProduct(db, org.id, {
  name: "Bench app",
  description: null,
  visibility: "public",
  prices: [{ amount_type: "fixed", price_amount: 1000, price_currency: "usd" }],
  metadata: {},
});
await setProductBenefits(db, org.id, product.id, [benefit.id]);
const customer = await createCustomer(db, org.id, {
  email: "buyer@bench.test",
  name: "Bench Buyer",
  external_id: null,
  billing_address: null,
  tax_id: null,
  locale: null,
  metadata: {},
});
const order = await createOrder(db, org.id, createOrderBody.parse({ customer_id: customer.id, product_id: product.id }));
const licenseKey = await db.licenseKey.findFirstOrThrow({ where: { grant: { orderId: order.id } }, select: { key: true } });
console.log(JSON.stringify({ organization_id: org.id, key: licenseKey.key }));
await db.$disconnect();
