import { type Selectable, sql } from "kysely";
import type { DataResidency, InvoiceLineType, InvoicesTable, SubscriptionsTable, Tx } from "../../platform/db/index.js";
import { notFound } from "../../platform/errors.js";
import type { Schemas } from "../../platform/http/handler-types.js";
import type { PlanSlug } from "../../platform/plans.js";
import { type BillingContext, billingAudit } from "./context.js";
import { taxOn } from "./money.js";
import { overageFor, TAX_RATES_BPS } from "./plans.js";
import type { UsageFigures } from "./usage.js";

export type InvoiceRow = Selectable<InvoicesTable>;
export type SubscriptionRow = Selectable<SubscriptionsTable>;

export interface DraftLine {
  type: Exclude<InvoiceLineType, "tax">;
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
  periodStart: Date | null;
  periodEnd: Date | null;
}

export interface InvoiceTotals {
  subtotal: number;
  tax: number;
  total: number;
}

/** Subtotal, tax and total of a set of lines: the one rule the ledger, its tests and the PDF share. */
export function totalsOf(lines: { amount: number }[], taxRateBps: number): InvoiceTotals {
  const subtotal = lines.reduce((a, l) => a + l.amount, 0);
  const tax = taxOn(subtotal, taxRateBps);
  return { subtotal, tax, total: subtotal + tax };
}

/** The overage lines of a period's usage on a plan. */
export function overageLines(plan: PlanSlug, usage: UsageFigures, from: Date, to: Date): DraftLine[] {
  return overageFor(plan, usage).map((o) => ({
    type: "overage" as const,
    description: o.description,
    quantity: o.quantity,
    unitAmount: o.unitAmount,
    amount: o.amount,
    periodStart: from,
    periodEnd: to,
  }));
}

/**
 * Writes an invoice with its lines (plus the proration items waiting on the subscription, plus tax) and
 * finalises it: it is `open` with an amount due, or `paid` at once when nothing is due.
 */
export async function issueInvoice(
  _ctx: BillingContext,
  trx: Tx,
  input: { sub: SubscriptionRow; at: Date; lines: DraftLine[]; usage: UsageFigures; reason: string },
): Promise<InvoiceRow | undefined> {
  const { sub, at } = input;
  const pending = await trx
    .selectFrom("pending_invoice_items")
    .selectAll()
    .where("subscription_id", "=", sub.id)
    .where("invoice_id", "is", null)
    .orderBy("created_at")
    .execute();
  const lines: DraftLine[] = [
    ...input.lines.filter((l) => l.type === "base"),
    ...pending.map((p) => ({
      type: p.type,
      description: p.description,
      quantity: Number(p.quantity),
      unitAmount: p.unit_amount,
      amount: p.amount,
      periodStart: p.period_start,
      periodEnd: p.period_end,
    })),
    ...input.lines.filter((l) => l.type !== "base"),
  ];
  if (lines.length === 0) return undefined;
  const tenant = await trx
    .selectFrom("tenants")
    .select(["data_residency"])
    .where("id", "=", sub.tenant_id)
    .executeTakeFirstOrThrow();
  const region = tenant.data_residency as DataResidency;
  const rate = TAX_RATES_BPS[region];
  const totals = totalsOf(lines, rate);
  const { n } = await sql<{ n: string }>`select nextval('invoice_number_seq')::text as n`
    .execute(trx)
    .then((r) => r.rows[0]!);
  const starts = lines.map((l) => l.periodStart?.getTime()).filter((t): t is number => t !== undefined);
  const ends = lines.map((l) => l.periodEnd?.getTime()).filter((t): t is number => t !== undefined);
  const invoice = await trx
    .insertInto("invoices")
    .values({
      tenant_id: sub.tenant_id,
      subscription_id: sub.id,
      number: `LV-${n.padStart(6, "0")}`,
      status: "draft",
      subtotal: totals.subtotal,
      tax: totals.tax,
      total: totals.total,
      amount_due: Math.max(0, totals.total),
      region,
      tax_rate_bps: rate,
      issue_date: at,
      due_date: at,
      period_start: new Date(starts.length ? Math.min(...starts) : at.getTime()),
      period_end: new Date(ends.length ? Math.max(...ends) : at.getTime()),
      usage: JSON.stringify(input.usage),
      provider: "local",
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const rows = lines.map((l, i) => ({
    tenant_id: sub.tenant_id,
    invoice_id: invoice.id,
    position: i,
    type: l.type as InvoiceLineType,
    description: l.description,
    quantity: l.quantity,
    unit_amount: l.unitAmount,
    amount: l.amount,
    period_start: l.periodStart,
    period_end: l.periodEnd,
  }));
  if (rate > 0) {
    rows.push({
      tenant_id: sub.tenant_id,
      invoice_id: invoice.id,
      position: rows.length,
      type: "tax",
      description: `Tax (${region.toUpperCase()}, ${rate / 100}%)`,
      quantity: 1,
      unit_amount: totals.tax,
      amount: totals.tax,
      period_start: null,
      period_end: null,
    });
  }
  await trx.insertInto("invoice_lines").values(rows).execute();
  if (pending.length > 0) {
    await trx
      .updateTable("pending_invoice_items")
      .set({ invoice_id: invoice.id })
      .where(
        "id",
        "in",
        pending.map((p) => p.id),
      )
      .execute();
  }
  const finalised = await trx
    .updateTable("invoices")
    .set(totals.total <= 0 ? { status: "paid", paid_at: at, amount_due: 0, amount_paid: 0 } : { status: "open" })
    .where("id", "=", invoice.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (totals.total < 0) {
    // A credit larger than the charges (an immediate cancellation) is refunded to the card.
    await trx
      .insertInto("payments")
      .values({
        tenant_id: sub.tenant_id,
        invoice_id: invoice.id,
        amount: totals.total,
        status: "refunded",
        failure_code: null,
        payment_method_id: null,
        created_at: at,
      })
      .execute();
  }
  await billingAudit(trx, {
    tenantId: sub.tenant_id,
    action: "invoice.issued",
    targetType: "invoice",
    targetId: invoice.id,
    at,
    details: { number: finalised.number, total: totals.total, reason: input.reason },
  });
  return finalised;
}

type LineRow = { id: string; type: InvoiceLineType } & Record<string, unknown>;

export function invoiceToApi(row: InvoiceRow, lines: LineRow[], baseUrl: string): Schemas["Invoice"] {
  return {
    id: row.id,
    number: row.number,
    subscription_id: row.subscription_id,
    status: row.status,
    subtotal: row.subtotal,
    tax: row.tax,
    total: row.total,
    amount_paid: row.amount_paid,
    amount_due: row.amount_due,
    currency: "USD",
    issue_date: row.issue_date.toISOString(),
    due_date: row.due_date.toISOString(),
    paid_at: row.paid_at ? row.paid_at.toISOString() : null,
    period_start: row.period_start.toISOString(),
    period_end: row.period_end.toISOString(),
    lines: lines.map((l) => ({
      id: l.id,
      type: l.type,
      description: l.description as string,
      quantity: Number(l.quantity),
      unit_amount: l.unit_amount as number,
      amount: l.amount as number,
      period_start: l.period_start ? (l.period_start as Date).toISOString() : null,
      period_end: l.period_end ? (l.period_end as Date).toISOString() : null,
    })),
    pdf_url: `${baseUrl}/v1/billing/invoice/${row.id}/pdf`,
  };
}

export async function loadInvoice(trx: Tx, tenantId: string, invoiceId: string) {
  const row = await trx
    .selectFrom("invoices")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("id", "=", invoiceId)
    .executeTakeFirst();
  if (!row) throw notFound("Invoice", invoiceId);
  const lines = await trx
    .selectFrom("invoice_lines")
    .selectAll()
    .where("invoice_id", "=", invoiceId)
    .orderBy("position")
    .execute();
  return { row, lines };
}

export async function listInvoices(
  trx: Tx,
  tenantId: string,
  q: { limit: number; offset: number; status?: InvoiceRow["status"] },
) {
  let base = trx.selectFrom("invoices").where("tenant_id", "=", tenantId);
  if (q.status) base = base.where("status", "=", q.status);
  const { total } = await base.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy("issue_date", "desc")
    .orderBy("number", "desc")
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const lines = rows.length
    ? await trx
        .selectFrom("invoice_lines")
        .selectAll()
        .where(
          "invoice_id",
          "in",
          rows.map((r) => r.id),
        )
        .orderBy("position")
        .execute()
    : [];
  return { rows, lines, total };
}
