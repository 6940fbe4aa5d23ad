import { CliError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { toBytes, writeBinaryOutput } from "../../input.js";

export async function run(options: { invoiceId: string; out?: string }, deps: Factory): Promise<void> {
  const client = await deps.client();
  let bytes: Uint8Array;
  try {
    const data = await client.request("get", "/v1/billing/invoice/{invoice_id}/pdf", {
      params: { path: { invoice_id: options.invoiceId } },
      parseAs: "arrayBuffer",
    });
    bytes = await toBytes(data);
  } catch (error) {
    throw deps.fail(error);
  }
  if (Buffer.from(bytes.subarray(0, 5)).toString("latin1") !== "%PDF-") {
    throw new CliError(`The server did not return a PDF for invoice ${options.invoiceId}.`);
  }
  const fallback = `invoice-${options.invoiceId}.pdf`;
  const out = options.out ?? (deps.io.stdout.isTTY ? fallback : undefined);
  const written = await writeBinaryOutput(bytes, out, deps.io, fallback);
  if (written) deps.printer.status(`Saved ${written} (${bytes.byteLength} bytes).`);
}
