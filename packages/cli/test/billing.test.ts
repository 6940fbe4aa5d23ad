import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run as download } from "../src/commands/billing/download.js";
import { type CliError, ExitCode } from "../src/exit-codes.js";
import { ApiServer } from "./support/api-server.js";
import { fakeIO } from "./support/fake-io.js";
import { makeDeps, tempConfigDir } from "./support/harness.js";

const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from([0, 1, 2, 250, 251]), Buffer.from("\n%%EOF\n")]);

describe("billing invoices download", () => {
  let server: ApiServer;
  beforeEach(async () => {
    server = await new ApiServer().start();
  });
  afterEach(() => server.stop());

  it("saves the invoice PDF byte for byte to --out", async () => {
    server.on("GET", "/v1/billing/invoice/{id}/pdf", { bytes: pdf, contentType: "application/pdf" });
    const out = join(tempConfigDir(), "inv.pdf");
    const { deps, io } = await makeDeps(server.url, { env: { LEANVIBE_API_KEY: "k" } });
    await download({ invoiceId: "inv-1", out }, deps);
    expect(server.requests.at(-1)!.path).toBe("/v1/billing/invoice/inv-1/pdf");
    expect(readFileSync(out).equals(pdf)).toBe(true);
    expect(io.stderrText()).toContain(`Saved ${out} (${pdf.length} bytes)`);
  });

  it("writes the PDF to stdout when piped", async () => {
    server.on("GET", "/v1/billing/invoice/{id}/pdf", { bytes: pdf, contentType: "application/pdf" });
    const { deps, io } = await makeDeps(server.url, { env: { LEANVIBE_API_KEY: "k" }, io: fakeIO() });
    await download({ invoiceId: "inv-1" }, deps);
    expect(io.stdoutText()).toBe(pdf.toString("utf8"));
  });

  it("refuses something that is not a PDF", async () => {
    server.on("GET", "/v1/billing/invoice/{id}/pdf", { bytes: Buffer.from("<html>"), contentType: "text/html" });
    const { deps } = await makeDeps(server.url, { env: { LEANVIBE_API_KEY: "k" } });
    const error = (await download({ invoiceId: "inv-1", out: join(tempConfigDir(), "x.pdf") }, deps).catch(
      (e: unknown) => e,
    )) as CliError;
    expect(error.exitCode).toBe(ExitCode.error);
    expect(error.message).toContain("did not return a PDF");
  });
});
