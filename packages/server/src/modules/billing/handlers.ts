import { audit } from "../../platform/audit.js";
import { withPlatform, withTenant } from "../../platform/db/index.js";
import { ApiError } from "../../platform/errors.js";
import type { Handlers } from "../../platform/http/handler-types.js";
import { requireTenant } from "../tenants/handlers.js";
import { revenueAnalytics, tenantAnalytics, usageAnalytics } from "./analytics.js";
import type { Billing } from "./index.js";
import { renderInvoicePdf } from "./invoice-pdf.js";
import { invoiceToApi, listInvoices, loadInvoice } from "./invoices.js";
import { planCatalogue } from "./plans.js";
import { receiveStripeEvent } from "./stripe-webhooks.js";

export type BillingHandlers = Pick<
  Handlers,
  | "listPlans"
  | "createSubscription"
  | "getSubscription"
  | "updateSubscription"
  | "cancelSubscription"
  | "recordUsage"
  | "getUsageSummary"
  | "getBillingAnalytics"
  | "addPaymentMethod"
  | "listPaymentMethods"
  | "deletePaymentMethod"
  | "setDefaultPaymentMethod"
  | "getInvoice"
  | "getInvoicePdf"
  | "listInvoices"
  | "receiveStripeWebhook"
  | "getRevenueAnalytics"
  | "getUsageAnalytics"
  | "advanceClock"
>;

export function billingHandlers(b: Billing): BillingHandlers {
  const { s } = b.ctx;
  const service = b.service;
  const baseUrl = () => s.config.publicUrl.replace(/\/$/, "");
  return {
    listPlans: async () => ({ status: 200, body: planCatalogue() }),
    createSubscription: async (req) => ({
      status: 201,
      body: await service.createSubscription(requireTenant(req.principal), req.body),
    }),
    getSubscription: async (req) => ({
      status: 200,
      body: await service.getSubscription(requireTenant(req.principal)),
    }),
    updateSubscription: async (req) => ({
      status: 200,
      body: await service.updateSubscription(requireTenant(req.principal), req.body),
    }),
    cancelSubscription: async (req) => ({
      status: 200,
      body: await service.cancelSubscription(requireTenant(req.principal), req.query.immediately ?? false),
    }),
    recordUsage: async (req) => ({
      status: 201,
      body: await service.recordUsage(
        requireTenant(req.principal),
        req.body,
        req.headers["idempotency-key"] as string | undefined,
      ),
    }),
    getUsageSummary: async (req) => ({
      status: 200,
      body: await service.getUsageSummary(requireTenant(req.principal)),
    }),
    getBillingAnalytics: async (req) => {
      const tenantId = requireTenant(req.principal);
      return {
        status: 200,
        body: await withTenant(s.db, tenantId, (trx) => tenantAnalytics(trx, service, tenantId, s.clock.now())),
      };
    },
    addPaymentMethod: async (req) => ({
      status: 201,
      body: await service.addPaymentMethod(requireTenant(req.principal), req.body),
    }),
    listPaymentMethods: async (req) => ({
      status: 200,
      body: await service.listPaymentMethods(
        requireTenant(req.principal),
        req.query.limit ?? 20,
        req.query.offset ?? 0,
      ),
    }),
    deletePaymentMethod: async (req) => {
      await service.deletePaymentMethod(requireTenant(req.principal), req.path.payment_method_id);
      return { status: 204 };
    },
    setDefaultPaymentMethod: async (req) => ({
      status: 200,
      body: await service.setDefaultPaymentMethod(requireTenant(req.principal), req.path.payment_method_id),
    }),
    getInvoice: async (req) => {
      const tenantId = requireTenant(req.principal);
      const { row, lines } = await withTenant(s.db, tenantId, (trx) => loadInvoice(trx, tenantId, req.path.invoice_id));
      return { status: 200, body: invoiceToApi(row, lines, baseUrl()) };
    },
    getInvoicePdf: async (req) => {
      const tenantId = requireTenant(req.principal);
      const { invoice, tenant } = await withTenant(s.db, tenantId, async (trx) => {
        const { row, lines } = await loadInvoice(trx, tenantId, req.path.invoice_id);
        const t = await trx
          .selectFrom("tenants")
          .select(["organization_name", "slug"])
          .where("id", "=", tenantId)
          .executeTakeFirstOrThrow();
        return { invoice: invoiceToApi(row, lines, baseUrl()), tenant: t };
      });
      const pdf = await renderInvoicePdf(invoice, { name: tenant.organization_name, slug: tenant.slug });
      return { status: 200, binary: pdf, contentType: "application/pdf", filename: `${invoice.number}.pdf` };
    },
    listInvoices: async (req) => {
      const tenantId = requireTenant(req.principal);
      const limit = req.query.limit ?? 20;
      const offset = req.query.offset ?? 0;
      const page = await withTenant(s.db, tenantId, (trx) =>
        listInvoices(trx, tenantId, { limit, offset, status: req.query.status }),
      );
      return {
        status: 200,
        body: {
          data: page.rows.map((r) =>
            invoiceToApi(
              r,
              page.lines.filter((l) => l.invoice_id === r.id),
              baseUrl(),
            ),
          ),
          pagination: { limit, offset, total: page.total, has_more: offset + page.rows.length < page.total },
        },
      };
    },
    receiveStripeWebhook: async (req) => ({
      status: 200,
      body: await receiveStripeEvent(b.ctx, req.rawBody, req.headers["stripe-signature"] as string | undefined),
    }),
    getRevenueAnalytics: async (req) => ({ status: 200, body: await revenueAnalytics(s.db, req.query, s.clock.now()) }),
    getUsageAnalytics: async (req) => ({ status: 200, body: await usageAnalytics(s.db, req.query, s.clock.now()) }),
    advanceClock: async (req) => {
      if (s.config.mode === "production") {
        throw new ApiError("forbidden", "The test clock is refused in production mode");
      }
      const ms = ((req.body.days ?? 0) * 24 + (req.body.hours ?? 0)) * 3_600_000;
      const now = s.clock.advance(ms);
      const jobs = await b.runDue();
      await withPlatform(s.db, "admin: advance test clock", (trx) =>
        audit(trx, {
          tenantId: null,
          action: "clock.advanced",
          category: "admin",
          targetType: "clock",
          targetId: null,
          result: "success",
          details: { milliseconds: ms, now: now.toISOString(), jobs_run: jobs },
          at: now,
        }),
      );
      return {
        status: 200,
        body: { now: now.toISOString(), offset_seconds: s.clock.offsetSeconds, jobs_run: { ...jobs } },
      };
    },
  };
}
