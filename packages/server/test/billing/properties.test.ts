import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prorate, roundHalfUp, TAX_RATES_BPS, totalsOf } from "../../src/modules/billing/index.js";

describe("billing arithmetic", () => {
  it("makes invoice lines (with the tax line) always sum to the total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2_000_000, max: 2_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...Object.values(TAX_RATES_BPS), 1, 999, 1_234),
        (amounts, rate) => {
          const totals = totalsOf(
            amounts.map((amount) => ({ amount })),
            rate,
          );
          const lines = [...amounts, totals.tax];
          expect(lines.reduce((a, b) => a + b, 0)).toBe(totals.total);
          expect(Number.isInteger(totals.tax)).toBe(true);
          // Tax is within half a cent of the exact figure.
          expect(Math.abs(totals.tax - (totals.subtotal * rate) / 10_000)).toBeLessThanOrEqual(0.5);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("never prorates a charge for time not used, and never more than the price", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 31 * 86_400 }),
        fc.integer({ min: -86_400, max: 40 * 86_400 }),
        (price, period, used) => {
          const charge = prorate(price, used, period);
          const clamped = Math.min(Math.max(0, used), period);
          expect(Number.isInteger(charge)).toBe(true);
          expect(charge).toBeGreaterThanOrEqual(0);
          expect(charge).toBeLessThanOrEqual(price);
          // At most half a cent above the exact value of the time used.
          expect(charge - (price * clamped) / period).toBeLessThanOrEqual(0.5);
          if (clamped === 0) expect(charge).toBe(0);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("splits a period between an old and a new plan without charging any second twice", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 31 * 86_400 }),
        fc.integer({ min: 0, max: 31 * 86_400 }),
        (price, period, cut) => {
          const at = Math.min(cut, period);
          const before = prorate(price, at, period);
          const after = prorate(price, period - at, period);
          // Rounding half up on each side can add at most one cent over the whole price.
          expect(before + after - price).toBeGreaterThanOrEqual(0);
          expect(before + after - price).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("rounds half a cent up, on the magnitude", () => {
    expect(roundHalfUp(5, 10)).toBe(1);
    expect(roundHalfUp(4, 10)).toBe(0);
    expect(roundHalfUp(-5, 10)).toBe(-1);
    expect(roundHalfUp(15, 10)).toBe(2);
  });
});
