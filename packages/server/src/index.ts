export { ConfigError, loadConfig, type ServerConfig } from "./platform/config.js";
export { migrate, openDatabase, withPlatform, withTenant } from "./platform/db/index.js";
export { type DemoCredentials, seedDemo } from "./seed/demo.js";
export { openConfiguredDatabase, type RunningServer, type StartOptions, startServer } from "./server.js";
