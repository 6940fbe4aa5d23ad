import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CredentialStore, osKeychain } from "../src/config/credentials.js";
import { memoryKeychain, tempConfigDir } from "./support/harness.js";

describe("credential store", () => {
  it("without a keychain, keeps secrets per profile in a 0600 file and warns only once", async () => {
    const directory = join(tempConfigDir(), "nested");
    const warnings: string[] = [];
    const store = new CredentialStore({ directory, keychain: null, warn: (m) => warnings.push(m) });
    await store.save("default", { kind: "api_key", apiKey: "a" });
    await store.save("prod", { kind: "session", accessToken: "t", refreshToken: "r" });
    expect(warnings).toHaveLength(1);
    expect(statSync(store.filePath).mode & 0o777).toBe(0o600);
    expect(await store.load("prod")).toEqual({
      credentials: { kind: "session", accessToken: "t", refreshToken: "r" },
      location: "file",
    });
    expect(await store.remove("default")).toBe(true);
    expect(await store.remove("default")).toBe(false);
    expect(JSON.parse(readFileSync(store.filePath, "utf8")).profiles).toEqual({
      prod: { kind: "session", accessToken: "t", refreshToken: "r" },
    });
  });

  it("tightens a credentials file someone left readable", async () => {
    const directory = tempConfigDir();
    const store = new CredentialStore({ directory, keychain: null, warn: () => {} });
    writeFileSync(store.filePath, JSON.stringify({ profiles: {} }));
    chmodSync(store.filePath, 0o644);
    await store.save("default", { kind: "api_key", apiKey: "a" });
    expect(statSync(store.filePath).mode & 0o777).toBe(0o600);
  });

  it("prefers the keychain and clears an older copy from the file", async () => {
    const directory = tempConfigDir();
    const fileOnly = new CredentialStore({ directory, keychain: null, warn: () => {} });
    await fileOnly.save("default", { kind: "api_key", apiKey: "old" });
    const keychain = memoryKeychain();
    const store = new CredentialStore({ directory, keychain, warn: () => {} });
    expect((await store.load("default"))?.location).toBe("file");
    await store.save("default", { kind: "api_key", apiKey: "new" });
    expect(await store.load("default")).toEqual({
      credentials: { kind: "api_key", apiKey: "new" },
      location: "keychain",
    });
    expect(JSON.parse(readFileSync(store.filePath, "utf8")).profiles).toEqual({});
  });

  it("detects by trying that this machine's OS keychain cannot store, and falls back to the file", async () => {
    const directory = tempConfigDir();
    const warnings: string[] = [];
    const store = new CredentialStore({ directory, keychain: osKeychain(), warn: (m) => warnings.push(m) });
    const location = await store.save(`test-${process.pid}`, { kind: "api_key", apiKey: "k" });
    // On a desktop with a keychain this stores there; on this headless machine it must fall back.
    if (location === "keychain") {
      expect(warnings).toEqual([]);
      await store.remove(`test-${process.pid}`);
    } else {
      expect(warnings).toHaveLength(1);
      expect((await store.load(`test-${process.pid}`))?.location).toBe("file");
    }
  });
});
