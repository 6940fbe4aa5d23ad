// Preloaded with `node --import` to record every module the CLI loads, into $LEANVIBE_TRACE_FILE.
import { register } from "node:module";

register("./trace-hooks.mjs", import.meta.url);
