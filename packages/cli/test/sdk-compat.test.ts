import * as sdk from "@leanvibe/enterprise-sdk";
import { describe, expect, it } from "vitest";
import type { ApiClient, ClientOptions, SdkModule } from "../src/api-client.js";

describe("the SDK seen through the CLI's client interface", () => {
  it("provides every method the CLI calls (checked by the compiler, and here at run time)", () => {
    // Fails to compile when the SDK's client drifts from what src/api-client.ts expects.
    const module: SdkModule = sdk;
    const options: ClientOptions = { baseURL: "http://127.0.0.1:1", apiKey: "k" };
    const client: ApiClient = new module.LeanVibeClient(options);
    for (const method of ["create", "get", "cancel", "updates"] as const)
      expect(typeof client.tasks[method]).toBe("function");
    for (const method of ["login", "completeMfa"] as const) expect(typeof client.auth[method]).toBe("function");
    expect(typeof client.request).toBe("function");
  });
});
