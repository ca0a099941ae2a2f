import type { PurchasableProduct } from "@/components/purchases/record-test-purchase-dialog";
import { billingLabel, priceLabel } from "@/components/products/product-format";
import type { ProductResponse } from "@/lib/products/serialize-product";

/** The test-purchase dialog's choices: live products, described as a merchant reads them. */
export function purchasableProducts(products: ProductResponse[]): PurchasableProduct[] {
  return products
    .filter((p) => !p.is_archived)
    .map((p) => ({
      id: p.id,
      name: p.name,
      billing: billingLabel(p.recurring_interval, p.recurring_interval_count),
      price: priceLabel(p.prices, p.recurring_interval),
      isRecurring: p.is_recurring,
      benefitCount: p.benefits.length,
    }));
}
