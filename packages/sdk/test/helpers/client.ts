import { type ClientOptions, LeanVibeClient } from "../../src/index.js";

/** A client for a local test server, with a short retry schedule so retry tests stay quick. */
export function testClient(baseURL: string, options: ClientOptions = {}, initialDelayMs = 20): LeanVibeClient {
  const client = new LeanVibeClient({ apiKey: "lv_test_key", baseURL, ...options });
  client.retryPolicy = { ...client.retryPolicy, initialDelayMs };
  return client;
}
