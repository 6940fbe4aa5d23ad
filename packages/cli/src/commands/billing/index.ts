import type { CommandModule } from "../context.js";

export const billingCommands: CommandModule[] = [
  {
    key: "billing invoices download",
    replaces: ["billing invoice-pdf"],
    register: (noun, ctx) =>
      noun
        .description("Invoices")
        .command("download")
        .description("Download an invoice as PDF")
        .argument("<invoice-id>")
        .option("--out <file>", "Where to save it (default: invoice-<id>.pdf on a terminal, stdout when piped)")
        .action(async (invoiceId, opts, command) => {
          const { run } = await import("./download.js");
          await run({ invoiceId, out: opts.out }, ctx.deps(command));
        }),
  },
];
