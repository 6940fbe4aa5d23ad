import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export interface PeerAccount {
  email: string;
  email_verified: boolean;
}

export interface OidcPeer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1 with one confidential client. Its development interactions
 * serve a login form that accepts any password: the login typed is the account id, looked up in `accounts`.
 */
export async function startOidcPeer(options: {
  redirectUris: string[];
  accounts: Record<string, PeerAccount>;
}): Promise<OidcPeer> {
  let handler: ((req: any, res: any) => void) | undefined;
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = "leanvibe-test";
  const clientSecret = "a-client-secret-of-the-test-provider-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    pkce: { required: () => true },
    cookies: { keys: ["cookie-key-of-the-test-provider"] },
    async findAccount(_ctx: unknown, id: string) {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
  } as any);
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * What a browser does between the authorisation URL and the callback: follows redirects keeping cookies, fills
 * the login form with `login` and submits the consent form, and stops at the first redirect to `callbackPrefix`,
 * answering that URL (which carries the code and state) without requesting it.
 */
export async function signInAtPeer(authorizationUrl: string, callbackPrefix: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let method = "GET";
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(callbackPrefix)) return new URL(url);
    const res = await fetch(url, {
      method,
      body,
      redirect: "manual",
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get("location")!, url).href;
      method = "GET";
      body = undefined;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`The provider answered ${res.status} at ${url}: ${html.slice(0, 500)}`);
    const form = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html);
    if (!form) throw new Error(`No form at ${url}: ${html.slice(0, 500)}`);
    const fields = new URLSearchParams();
    for (const input of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/gi)) {
      fields.set(input[1]!, input[2]!);
    }
    if (/name="login"/.test(html)) {
      fields.set("login", login);
      fields.set("password", "any password works here");
    }
    url = new URL(form[1]!.replace(/&amp;/g, "&"), url).href;
    method = "POST";
    body = fields;
  }
  throw new Error("Too many steps without reaching the callback");
}
