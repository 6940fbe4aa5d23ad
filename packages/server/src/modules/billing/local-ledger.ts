import { randomBytes } from "node:crypto";
import { ApiError } from "../../platform/errors.js";
import type { BillingProvider, CardDetails, ChargeResult } from "./provider.js";

interface TestCard {
  brand: string;
  last4: string;
  behaviour: CardDetails["behaviour"];
}

/** Stripe's test cards, by the names of their tokens and payment methods (tok_visa, pm_card_visa, …). */
const TEST_CARDS: Record<string, TestCard> = {
  visa: { brand: "visa", last4: "4242", behaviour: "succeed" },
  visa_debit: { brand: "visa", last4: "5556", behaviour: "succeed" },
  mastercard: { brand: "mastercard", last4: "4444", behaviour: "succeed" },
  amex: { brand: "amex", last4: "8431", behaviour: "succeed" },
  chargeDeclined: { brand: "visa", last4: "0002", behaviour: "decline" },
  chargeDeclinedInsufficientFunds: { brand: "visa", last4: "9995", behaviour: "insufficient_funds" },
};

function testCardOf(token: string): TestCard | undefined {
  const name = token.startsWith("tok_") ? token.slice(4) : token.startsWith("pm_card_") ? token.slice(8) : undefined;
  return name ? TEST_CARDS[name] : undefined;
}

const newId = (prefix: string) => `${prefix}${randomBytes(12).toString("hex")}`;

/**
 * The default provider: no network, everything in our database. Cards are Stripe-style test tokens whose
 * name decides what a charge does, so a month with a declined card can be played out offline.
 */
export class LocalLedger implements BillingProvider {
  readonly name = "local" as const;
  readonly issuesInvoices = true;

  constructor(private readonly now: () => Date) {}

  async createCustomer(): Promise<string> {
    return newId("cus_local_");
  }

  async addCard(_customerId: string, token: string): Promise<CardDetails> {
    const card = testCardOf(token);
    if (!card) {
      throw new ApiError(
        "invalid_request",
        `Unknown card token ${token}: the local ledger takes Stripe test tokens (${Object.keys(TEST_CARDS)
          .map((n) => `tok_${n}`)
          .join(", ")}, or pm_card_<name>)`,
        { field: "card_token" },
      );
    }
    return { id: newId("pm_"), ...card, expMonth: 12, expYear: this.now().getUTCFullYear() + 3 };
  }

  async removeCard(): Promise<void> {}
  async setDefaultCard(): Promise<void> {}

  async startSubscription() {
    return { id: null };
  }

  async changePlan(): Promise<void> {}
  async setCancelAtPeriodEnd(): Promise<void> {}
  async cancelNow(): Promise<void> {}
  async reportUsage(): Promise<void> {}

  async charge(card: CardDetails | null, amountCents: number): Promise<ChargeResult> {
    if (amountCents <= 0) return { ok: true };
    if (!card) return { ok: false, code: "no_payment_method", message: "No default payment method" };
    if (card.behaviour === "decline") return { ok: false, code: "card_declined", message: "Your card was declined." };
    if (card.behaviour === "insufficient_funds") {
      return { ok: false, code: "insufficient_funds", message: "Your card has insufficient funds." };
    }
    return { ok: true };
  }
}
