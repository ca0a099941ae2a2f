// What the portal's meter components show: the shape of GET /v1/customer-portal/meters/ items
// (lib/meters/portal-customer-meters.ts) and of a day of usage (lib/meters/list-usage-days.ts),
// restated here so the components import nothing outside the portal.

export type UsageDayView = { day: string; consumed: number };

export type PortalMeterView = {
  id: string;
  balance: number;
  credited_units: number;
  consumed_units: number;
  overage_units: number;
  low_balance_threshold: number | null;
  is_low_balance: boolean;
  meter: { id: string; name: string };
};
