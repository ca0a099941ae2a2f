// Meter units are numeric(30, 6) in the database. In code they are exact integers of millionths
// (bigint), so credit arithmetic never rounds — and this module, unlike Prisma's Decimal, needs no
// runtime import: benefit strategies are bundled into the dashboard's client code through the
// benefit registry, where Prisma's runtime cannot go.

const SCALE = 1_000_000n;

/** A decimal string ("-12.5", "3"), a number, or a Prisma Decimal → millionths. */
export function toMicros(value: string | number | { toFixed(digits: number): string }): bigint {
  const text = typeof value === "string" ? value : value.toFixed(6);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole, fraction = ""] = match;
  const micros = BigInt(whole) * SCALE + BigInt(fraction.slice(0, 6).padEnd(6, "0"));
  return sign ? -micros : micros;
}

/** Millionths → the decimal string PostgreSQL's numeric takes ("-12.500000"). */
export function fromMicros(micros: bigint): string {
  const sign = micros < 0n ? "-" : "";
  const abs = micros < 0n ? -micros : micros;
  return `${sign}${abs / SCALE}.${(abs % SCALE).toString().padStart(6, "0")}`;
}

export function microsToNumber(micros: bigint): number {
  return Number(fromMicros(micros));
}

export const maxMicros = (a: bigint, b: bigint) => (a > b ? a : b);
export const minMicros = (a: bigint, b: bigint) => (a < b ? a : b);
