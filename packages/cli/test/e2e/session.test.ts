import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../server/test/support/server.js";
import { ensureBuilt, runBin, tempDir } from "./support/binary.js";
import { totp } from "./support/totp.js";

const PASSWORD = "correct-horse-battery-staple";

/**
 * The built binary against the real reference server: logging in (with an MFA challenge answered without a
 * terminal), where the session is kept when there is no OS keychain, and the exit codes scripts rely on.
 */
describe("leanvibe sessions and failures against the reference server", () => {
  let t: TestServer;
  let tenantId: string;

  beforeAll(async () => {
    [t] = await Promise.all([startTestServer("pglite"), ensureBuilt()]);
    tenantId = (await t.seedTenant({ plan: "team" })).id;
  }, 180_000);
  afterAll(() => t?.close());

  /** The CLI with its own config directory; no Secret Service on the bus, so the keychain is really absent. */
  const cli = (configDir: string, args: string[], env: Record<string, string | undefined> = {}, input?: string) =>
    runBin(args, {
      env: { LEANVIBE_CONFIG_DIR: configDir, LEANVIBE_BASE_URL: t.url, DBUS_SESSION_BUS_ADDRESS: undefined, ...env },
      input,
    });

  it("logs in with e-mail and password, enrols MFA through generated commands, then answers the MFA challenge with --mfa-code", async () => {
    const user = await t.seedUser(tenantId, "developer", { password: PASSWORD });
    const config = tempDir("mfa");

    const first = await cli(config, ["login", "--email", user.email, "--password-stdin"], {}, `${PASSWORD}\n`);
    expect(first.stderr).toContain(`as ${user.email}`);
    expect(first.code).toBe(0);

    const setup = await cli(config, ["mfa", "setup", "--method", "totp", "--json"]);
    expect(setup.code).toBe(0);
    const { secret, backup_codes } = JSON.parse(setup.stdout) as { secret: string; backup_codes: string[] };
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    expect(backup_codes).toHaveLength(8);
    const confirm = await cli(config, ["mfa", "verify", "--code", totp(secret), "--json"]);
    expect(confirm.code).toBe(0);
    expect(JSON.parse(confirm.stdout)).toMatchObject({ verified: true });

    const out = await cli(config, ["logout"]);
    expect(out.code).toBe(0);
    expect((await cli(config, ["whoami"])).code).toBe(4);

    // Challenged without a terminal and without a code: a usage error that names the flag, not a hung prompt.
    const noCode = await cli(config, ["login", "--email", user.email, "--password-stdin"], {}, PASSWORD);
    expect(noCode.code).toBe(2);
    expect(noCode.stderr).toContain("--mfa-code");

    const wrong = await cli(
      config,
      ["login", "--email", user.email, "--password-stdin", "--mfa-code", "000000"],
      {},
      PASSWORD,
    );
    expect(wrong.code).toBe(4);

    // The next time step's code: the server accepts one step either side and refuses a code already used.
    const login = await cli(
      config,
      ["login", "--email", user.email, "--password-stdin", "--mfa-code", totp(secret, 1), "--json"],
      {},
      `${PASSWORD}\n`,
    );
    expect(login.code).toBe(0);
    expect(JSON.parse(login.stdout)).toMatchObject({ auth: "session", base_url: t.url, stored_in: "file" });

    const whoami = await cli(config, ["whoami", "--json"]);
    expect(whoami.code).toBe(0);
    expect(JSON.parse(whoami.stdout)).toMatchObject({
      type: "user",
      role: "developer",
      user: { email: user.email },
      tenant: { id: tenantId },
      base_url: t.url,
      credentials_source: "file",
    });
  });

  it("reads the password and the MFA code from stdin with --password-stdin --mfa-code -", async () => {
    const user = await t.seedUser(tenantId, "viewer", { password: PASSWORD });
    const config = tempDir("mfa-stdin");
    await cli(config, ["login", "--email", user.email, "--password-stdin"], {}, PASSWORD);
    const { secret, backup_codes } = JSON.parse(
      (await cli(config, ["mfa", "setup", "--method", "totp", "--json"])).stdout,
    );
    expect((await cli(config, ["mfa", "verify", "--code", totp(secret)])).code).toBe(0);
    // A backup code is as good as a TOTP code at the challenge.
    const login = await cli(
      config,
      ["login", "--email", user.email, "--password-stdin", "--mfa-code", "-"],
      {},
      `${PASSWORD}\n${backup_codes[0]}\n`,
    );
    expect(login.stderr).toContain(`as ${user.email}`);
    expect(login.code).toBe(0);
    const whoami = await cli(config, ["whoami"]);
    expect(whoami.stdout).toContain(`User\t${user.email}`);
  });

  it("without an OS keychain keeps the credentials in a 0600 file and says so once", async () => {
    const key = await t.apiKey(tenantId, { role: "developer" });
    const config = tempDir("fallback");
    const login = await cli(config, ["login", "--with-token"], {}, `${key}\n`);
    expect(login.code).toBe(0);
    const file = join(config, "credentials.json");
    expect(login.stderr).toMatch(
      /^warning: no OS keychain available; credentials stored in .*credentials\.json \(mode 0600\)$/m,
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toContain(key);
    // Said once: later commands read the file without repeating the warning.
    const whoami = await cli(config, ["whoami", "--json"]);
    expect(whoami.code).toBe(0);
    expect(whoami.stderr).not.toContain("keychain");
    expect(JSON.parse(whoami.stdout)).toMatchObject({ type: "api_key", credentials_source: "file" });
    // LEANVIBE_API_KEY overrides what is stored.
    const other = await t.apiKey(tenantId, { role: "viewer" });
    const overridden = await cli(config, ["whoami", "--json"], { LEANVIBE_API_KEY: other });
    expect(JSON.parse(overridden.stdout)).toMatchObject({ role: "viewer", credentials_source: "LEANVIBE_API_KEY" });
  });

  it("refuses a mistyped API key at login and stores nothing", async () => {
    const config = tempDir("badkey");
    const login = await cli(config, ["login", "--api-key", "lv_not-a-real-key"]);
    expect(login.code).toBe(4);
    expect(login.stderr).toContain("rejected");
    expect(() => statSync(join(config, "credentials.json"))).toThrow();
  });

  it("exits 4 when nobody is logged in, naming the server and what to run", async () => {
    const result = await cli(tempDir("none"), ["tasks", "list"]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`Not logged in to ${t.url}`);
    expect(result.stderr).toContain("leanvibe login");
  });

  it("exits 4 with a message about LEANVIBE_API_KEY when that key is rejected", async () => {
    const result = await cli(tempDir("rejected"), ["projects", "list"], { LEANVIBE_API_KEY: "lv_revoked-or-wrong" });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain("LEANVIBE_API_KEY was rejected");
  });

  it("exits 5 for a missing resource and 2 for a malformed id, naming the argument", async () => {
    const key = await t.apiKey(tenantId);
    const missing = await cli(tempDir("nf"), ["projects", "get", "00000000-0000-4000-8000-000000000000"], {
      LEANVIBE_API_KEY: key,
    });
    expect(missing.code).toBe(5);
    expect(missing.stderr).toMatch(/^Not found: /);
    const malformed = await cli(tempDir("bad"), ["tasks", "get", "not-a-uuid"], { LEANVIBE_API_KEY: key });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('<task-id>: must match format "uuid"');
  });

  it("exits 6 with the upgrade options when a plan quota is exhausted", async () => {
    const small = await t.seedTenant({ plan: "developer" });
    await t.seedUser(small.id, "owner");
    const key = await t.apiKey(small.id, { role: "owner" });
    // The developer plan has room for one user, and the owner is it.
    const result = await cli(
      tempDir("quota"),
      ["users", "invite", "--email", "second@example.test", "--role", "viewer"],
      {
        LEANVIBE_API_KEY: key,
      },
    );
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(/^Quota exceeded: The developer plan allows 1 user/);
    expect(result.stderr).toContain("Upgrade options:");
    expect(result.stderr).toMatch(/• team — \$\d+\.\d\d\/month/);
    expect(result.stderr).toContain("leanvibe billing update-subscription");
  });

  it("exits 6 when the plan's project quota is reached", async () => {
    const small = await t.seedTenant({ plan: "developer" });
    const key = await t.apiKey(small.id, { role: "owner" });
    // The developer plan allows five projects; the first five go straight through the API.
    for (let i = 0; i < 5; i++) {
      const res = await t.request("POST", "/v1/projects", { token: key, body: { name: `p${i}` } });
      expect(res.status).toBe(201);
    }
    const result = await cli(tempDir("projects"), ["projects", "create", "--name", "one too many"], {
      LEANVIBE_API_KEY: key,
    });
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(/^Quota exceeded: The plan allows 5 projects/);
  });

  it("exits 8 when the server cannot be reached, naming the URL it tried", async () => {
    const result = await cli(tempDir("net"), ["tasks", "list", "--base-url", "http://127.0.0.1:9"], {
      LEANVIBE_API_KEY: "lv_anything",
    });
    expect(result.code).toBe(8);
    expect(result.stderr).toContain("could not reach the LeanVibe server at http://127.0.0.1:9");
  });
});
