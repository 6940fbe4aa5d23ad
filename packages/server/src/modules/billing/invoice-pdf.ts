import PDFDocument from "pdfkit";
import type { Schemas } from "../../platform/http/handler-types.js";

const money = (cents: number) => `${cents < 0 ? "-" : ""}$${(Math.abs(cents) / 100).toFixed(2)}`;
const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "");

/** The invoice as a PDF document (pdfkit, built-in Helvetica: no font files to ship). */
export function renderInvoicePdf(
  invoice: Schemas["Invoice"],
  customer: { name: string; slug: string },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Uncompressed streams keep the text greppable for people and tests; invoices are small anyway.
    const doc = new PDFDocument({
      size: "A4",
      margin: 50,
      compress: false,
      info: { Title: `Invoice ${invoice.number}` },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    doc.font("Helvetica-Bold").fontSize(20).text("LeanVibe Enterprise");
    doc.font("Helvetica").fontSize(10).text(`Invoice ${invoice.number}`);
    doc.text(`Status: ${invoice.status}`);
    doc.text(`Issued: ${day(invoice.issue_date)}   Due: ${day(invoice.due_date)}`);
    doc.text(`Period: ${day(invoice.period_start)} to ${day(invoice.period_end)}`);
    doc.moveDown().text(`Billed to: ${customer.name} (${customer.slug})`);
    doc.moveDown();
    doc.font("Helvetica-Bold").text("Description", 50, doc.y, { continued: false });
    doc.font("Helvetica");
    for (const line of invoice.lines ?? []) {
      const y = doc.y;
      doc.text(line.description, 50, y, { width: 300 });
      const after = doc.y;
      doc.text(`${line.quantity} x ${money(line.unit_amount)}`, 360, y, { width: 100, align: "right" });
      doc.text(money(line.amount), 470, y, { width: 80, align: "right" });
      doc.y = Math.max(after, doc.y);
    }
    doc.moveDown();
    doc.text(`Subtotal: ${money(invoice.subtotal ?? 0)}`, { align: "right" });
    doc.text(`Tax: ${money(invoice.tax ?? 0)}`, { align: "right" });
    doc.font("Helvetica-Bold").text(`Total: ${money(invoice.total)} ${invoice.currency}`, { align: "right" });
    doc.font("Helvetica").text(`Amount paid: ${money(invoice.amount_paid ?? 0)}`, { align: "right" });
    doc.text(`Amount due: ${money(invoice.amount_due ?? 0)}`, { align: "right" });
    doc.end();
  });
}
