declare const __LEANVIBE_VERSION__: string | undefined;
const version = typeof __LEANVIBE_VERSION__ === "string" ? __LEANVIBE_VERSION__ : "0.0.0-dev";

const args = process.argv.slice(2);
// `--version` is answered before anything else is loaded: scripts call it to probe for the tool.
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${version}\n`);
} else {
  const [{ main }, { operations }, { readEnvironment }, { processStreams }] = await Promise.all([
    import("./program.js"),
    import("./generated/operations.js"),
    import("./config/index.js"),
    import("./io.js"),
  ]);
  const code = await main(args, { io: processStreams(), env: readEnvironment(), version, operations });
  // Exit as soon as the output is flushed: Node's fetch keeps the connection alive, and waiting for it to
  // close would add a noticeable pause after every command.
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}
