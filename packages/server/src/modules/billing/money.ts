/**
 * Money is integer cents. Every fraction of a cent is rounded half up (half a cent becomes a whole one), on
 * the magnitude, so that a credit and the matching charge are always equal and opposite.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError("denominator must be positive");
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  // Integers up to 2^53 are exact: price (≤ 10^6 cents) × seconds (≤ 10^8) stays far below.
  return sign * Math.floor((2 * n + denominator) / (2 * denominator));
}

/**
 * The part of a monthly price owed for `usedSeconds` of a period of `periodSeconds`: prorated to the second,
 * rounded half up to the cent. Never more than the price, never negative.
 */
export function prorate(priceCents: number, usedSeconds: number, periodSeconds: number): number {
  const used = Math.min(Math.max(0, Math.floor(usedSeconds)), periodSeconds);
  return roundHalfUp(priceCents * used, periodSeconds);
}

/** Tax on a subtotal at a rate in basis points (1/100 of a percent), rounded half up. */
export function taxOn(subtotalCents: number, rateBps: number): number {
  return roundHalfUp(subtotalCents * rateBps, 10_000);
}

/** Whole seconds between two instants. */
export const secondsBetween = (from: Date, to: Date) =>
  Math.floor(to.getTime() / 1000) - Math.floor(from.getTime() / 1000);

/**
 * The instant `months` whole months after `anchor`, keeping the anchor's day and time; a day the month lacks
 * becomes its last day (31 January + 1 month = 28 or 29 February), and the next month returns to the 31st.
 */
export function addMonths(anchor: Date, months: number): Date {
  const y = anchor.getUTCFullYear();
  const m = anchor.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(anchor.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      y,
      m,
      day,
      anchor.getUTCHours(),
      anchor.getUTCMinutes(),
      anchor.getUTCSeconds(),
      anchor.getUTCMilliseconds(),
    ),
  );
}

export const dollars = (cents: number) => Math.round(cents) / 100;
