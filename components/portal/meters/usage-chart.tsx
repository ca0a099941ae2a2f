import type { UsageDayView } from "@/components/portal/meters/meter-view";

const WIDTH = 600;
const HEIGHT = 160;
const PAD = { top: 12, right: 8, bottom: 22, left: 40 };
const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const shortDay = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** A round step for the y axis that puts about three gridlines under `max`. */
function niceStep(max: number): number {
  const rough = max / 3;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
}

/**
 * Daily usage as an SVG bar chart (no chart library): one bar per UTC day, a few gridlines, the
 * first, middle and last day labelled. Each bar has a tooltip; the whole chart has a text summary
 * for screen readers.
 */
export function UsageChart({ days, label }: { days: UsageDayView[]; label: string }) {
  const total = days.reduce((sum, d) => sum + d.consumed, 0);
  const peak = Math.max(...days.map((d) => d.consumed), 0);
  const step = peak > 0 ? niceStep(peak) : 1;
  const top = peak > 0 ? Math.ceil(peak / step) * step : 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / days.length;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const labelled = new Set([0, Math.floor(days.length / 2), days.length - 1]);
  const summary = `${label}: ${number.format(total)} units used over the last ${days.length} days, at most ${number.format(peak)} in a day.`;

  return (
    <figure className="mt-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        data-total={total}
        className="h-auto w-full text-brand-600"
        preserveAspectRatio="none"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} className="stroke-gray-200" strokeWidth={1} />
            <text x={PAD.left - 6} y={y(t) + 3} textAnchor="end" className="fill-gray-500 text-[10px]">
              {number.format(t)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const h = (d.consumed / top) * plotH;
          return (
            <rect
              key={d.day}
              data-day={d.day}
              x={PAD.left + i * slot + slot * 0.15}
              y={PAD.top + plotH - h}
              width={slot * 0.7}
              height={Math.max(h, d.consumed > 0 ? 1 : 0)}
              rx={1.5}
              className="fill-current"
            >
              <title>{`${shortDay.format(new Date(d.day))}: ${number.format(d.consumed)}`}</title>
            </rect>
          );
        })}
        {days.map((d, i) =>
          labelled.has(i) ? (
            <text key={d.day} x={PAD.left + i * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle" className="fill-gray-500 text-[10px]">
              {shortDay.format(new Date(d.day))}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="mt-1 text-xs text-gray-500">Daily usage, last {days.length} days (UTC)</figcaption>
    </figure>
  );
}
