export type ListFilters = { status?: string | null; customerId?: string | null; page?: number };

/**
 * A link to a filtered list (subscriptions, orders) with some filters changed: a key left
 * undefined in `next` keeps the current value, null drops it. Page 1 is the default.
 */
export function listHref(base: string, current: ListFilters, next: ListFilters): string {
  const pick = <K extends keyof ListFilters>(k: K) => (next[k] === undefined ? current[k] : next[k]);
  const p = new URLSearchParams();
  const status = pick("status");
  const customerId = pick("customerId");
  if (status) p.set("status", status);
  if (customerId) p.set("customer_id", customerId);
  if (next.page && next.page > 1) p.set("page", String(next.page));
  return p.size ? `${base}?${p}` : base;
}
