import type { PortalMeterView, UsageDayView } from "@/components/portal/meters/meter-view";
import { UsageChart } from "@/components/portal/meters/usage-chart";

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** One balance: what is left, what was credited and used, a notice when low or overdrawn, and the usage chart. */
export function MeterBalanceCard({ meter, days, merchant }: { meter: PortalMeterView; days: UsageDayView[]; merchant: string }) {
  const headingId = `meter-${meter.id}`;
  const isNegative = meter.balance < 0;
  return (
    <article aria-labelledby={headingId} className="rounded-lg bg-white p-5 shadow-xs ring-1 ring-gray-200">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={headingId} className="font-semibold text-gray-900">
          {meter.meter.name}
        </h2>
        <p className="text-right">
          <span className={`text-2xl font-semibold tabular-nums ${isNegative ? "text-red-700" : "text-gray-900"}`} data-testid="meter-balance">
            {number.format(meter.balance)}
          </span>
          <span className="ml-1 text-sm text-gray-600">units left</span>
        </p>
      </div>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-gray-600">
        <div>
          <dt className="inline">Credited: </dt>
          <dd className="inline tabular-nums text-gray-900">{number.format(meter.credited_units)}</dd>
        </div>
        <div>
          <dt className="inline">Used: </dt>
          <dd className="inline tabular-nums text-gray-900">{number.format(meter.consumed_units)}</dd>
        </div>
      </dl>
      {isNegative ? (
        <p role="status" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-600/20">
          You have used {number.format(meter.overage_units)} units more than your credits. Contact {merchant} or renew to top up.
        </p>
      ) : meter.is_low_balance ? (
        <p role="status" className="mt-3 rounded-md bg-yellow-50 px-3 py-2 text-sm text-yellow-800 ring-1 ring-yellow-600/20">
          Your balance is running low: fewer than {number.format(meter.low_balance_threshold ?? 0)} units left.
        </p>
      ) : null}
      <UsageChart days={days} label={meter.meter.name} />
    </article>
  );
}
