import { isMfaChallenge, type LoginResult, type SessionTokens } from "../../api-client.js";
import type { Credentials } from "../../config/index.js";
import { CliError, ExitCode, UsageError } from "../../exit-codes.js";
import type { Factory } from "../../factory.js";
import { readAll } from "../../io.js";

export interface LoginOptions {
  email?: string;
  password?: string;
  passwordStdin?: boolean;
  mfaCode?: string;
  apiKey?: string;
  withToken?: boolean;
}

const NON_INTERACTIVE_HINT =
  "Not on a terminal, so nothing is prompted: pass --email with --password-stdin (and --mfa-code if asked), or --api-key KEY, or --with-token with the key on stdin.";

async function askFields(deps: Factory, fields: { name: string; label: string; secret?: boolean }[]) {
  const { askFields: ask } = await import("../../views/prompt.js");
  return ask(deps.io, fields);
}

/** Checks an API key against the server before storing it, so a typo fails now rather than on the next command. */
async function verifyApiKey(apiKey: string, deps: Factory): Promise<void> {
  const client = await deps.client({ credentials: { kind: "api_key", apiKey } });
  try {
    await client.request("get", "/v1/auth/me");
  } catch (error) {
    const status = (error as { status?: number }).status;
    // 403: the key is valid but its scopes do not cover this call; that is fine for storing it.
    if (status === 403) return;
    if (status === 401) throw new CliError("The API key was rejected by the server.", ExitCode.auth);
    throw deps.fail(error);
  }
}

async function passwordLogin(options: LoginOptions, deps: Factory): Promise<{ tokens: SessionTokens; email: string }> {
  let { email, password } = options;
  let mfaCode = options.mfaCode;
  // Scripts pipe secrets rather than pass them as arguments (visible in `ps`): the password on the first line,
  // and with `--mfa-code -` the code on the next one (or the only one).
  if (options.passwordStdin || mfaCode === "-") {
    const lines = (await readAll(deps.io.stdin)).split(/\r?\n/);
    if (options.passwordStdin) password = lines.shift() ?? "";
    if (mfaCode === "-") {
      mfaCode = lines.find((line) => line.trim() !== "")?.trim();
      if (!mfaCode) throw new UsageError("--mfa-code -: no code on stdin.");
    }
  }
  const missing = [!email && "email", !password && "password"].filter(Boolean) as string[];
  if (missing.length > 0) {
    if (!deps.canPrompt) {
      throw new UsageError(`login needs ${missing.map((name) => `--${name}`).join(" and ")}.`, [NON_INTERACTIVE_HINT]);
    }
    const answers = await askFields(deps, [
      ...(email ? [] : [{ name: "email", label: "E-mail" }]),
      ...(password ? [] : [{ name: "password", label: "Password", secret: true }]),
    ]);
    email ??= answers.email;
    password ??= answers.password;
  }
  const client = await deps.client({ credentials: null, requireAuth: false });
  let result: LoginResult;
  try {
    result = await client.auth.login({ email: email!, password: password! });
    if (isMfaChallenge(result)) {
      let code = mfaCode;
      if (!code) {
        if (!deps.canPrompt)
          throw new UsageError("This account uses MFA: pass --mfa-code CODE (or --mfa-code - to read it from stdin).", [
            NON_INTERACTIVE_HINT,
          ]);
        code = (await askFields(deps, [{ name: "code", label: "MFA code" }])).code;
      }
      const session = await client.auth.completeMfa({ mfaToken: result.mfa_token, code: code! });
      if (!session.access_token) {
        throw new CliError("The server accepted the code but sent no session; login not completed.", ExitCode.auth);
      }
      result = { ...session, access_token: session.access_token };
    }
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401) throw new CliError("Login failed: wrong e-mail, password or MFA code.", ExitCode.auth);
    throw deps.fail(error, { flagNames: { email: "--email", password: "--password", code: "--mfa-code" } });
  }
  return { tokens: result, email: email! };
}

export async function run(options: LoginOptions, deps: Factory): Promise<void> {
  if ((options.apiKey || options.withToken) && (options.email || options.password || options.passwordStdin)) {
    throw new UsageError("Use either --api-key/--with-token or --email/--password, not both.");
  }
  if (options.withToken && options.passwordStdin)
    throw new UsageError("--with-token and --password-stdin both read stdin.");
  const profile = await deps.profile();
  const baseUrl = await deps.baseUrl();

  let credentials: Credentials;
  let who: string;
  if (options.apiKey || options.withToken) {
    const apiKey = options.withToken ? (await readAll(deps.io.stdin)).trim() : options.apiKey!.trim();
    if (!apiKey) throw new UsageError(options.withToken ? "--with-token: no key on stdin." : "--api-key is empty.");
    await verifyApiKey(apiKey, deps);
    credentials = { kind: "api_key", apiKey };
    who = "an API key";
  } else {
    const { tokens, email } = await passwordLogin(options, deps);
    credentials = {
      kind: "session",
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      email: tokens.user?.email ?? email,
      expiresAt: tokens.expires_in ? new Date(Date.now() + tokens.expires_in * 1000).toISOString() : undefined,
    };
    who = credentials.email ?? email;
  }
  const location = await deps.credentials().save(profile, credentials);
  const where = location === "keychain" ? "the OS keychain" : deps.credentials().filePath;
  deps.printer.status(`Logged in to ${baseUrl} as ${who} (profile "${profile}"; stored in ${where}).`);
  if (deps.globals.json) deps.printer.json({ profile, base_url: baseUrl, auth: credentials.kind, stored_in: location });
}
