import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSsoConnection } from "../../src/modules/identity/sso/index.js";
import { withPlatform } from "../../src/platform/db/index.js";
import { startTestServer, type TestServer } from "../support/server.js";
import { type AssertionFacts, asForm, type IdpKeys, makeIdpKeys, samlResponseXml, signAssertion } from "./saml-idp.js";

const IDP = "https://idp.acme.test/saml";

describe("SAML 2.0 single sign-on with a signed assertion", () => {
  let t: TestServer;
  let tenant: { id: string; slug: string };
  let bob: { id: string; email: string };
  let keys: IdpKeys;
  let facts: AssertionFacts;

  beforeAll(async () => {
    keys = makeIdpKeys("acme-idp");
    t = await startTestServer("pglite");
    tenant = await t.seedTenant({ plan: "team" });
    bob = await t.seedUser(tenant.id, "admin", { email: "bob@acme.test" });
    await t.seedUser(tenant.id, "owner", { email: "carol@acme.test" });
    const set = await setSsoConnection(t.server.services.db, t.server.services.box, tenant.slug, "saml", {
      issuer: IDP,
      samlCert: keys.cert,
      samlEntryPoint: "https://idp.acme.test/sso",
    });
    facts = { issuer: IDP, audience: set.audience!, recipient: `${t.url}/v1/auth/saml/sso`, email: "bob@acme.test" };
  }, 60_000);
  afterAll(() => t?.close());

  const post = (body: string) =>
    t.request("POST", "/v1/auth/saml/sso", {
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });

  it("signs the user named by a valid assertion on, with a token pair that works", async () => {
    const res = await post(asForm(signAssertion(samlResponseXml(facts), keys), tenant.slug));
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: bob.id, email: "bob@acme.test", role: "admin", tenant_id: tenant.id });
    const me = await t.request("GET", "/v1/auth/me", { token: res.body.access_token });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe("bob@acme.test");
    const refreshed = await t.request("POST", "/v1/auth/refresh", { body: { refresh_token: res.body.refresh_token } });
    expect(refreshed.status).toBe(200);
  });

  it("refuses an assertion altered after it was signed", async () => {
    const signed = signAssertion(samlResponseXml({ ...facts, email: "bob@acme.test" }), keys);
    // Carol exists and is an owner: only the signature stands between this edit and her account.
    const tampered = signed.replaceAll("bob@acme.test", "carol@acme.test");
    expect(tampered).not.toBe(signed);
    const res = await post(asForm(tampered, tenant.slug));
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/signature/i);
  });

  it("refuses an assertion signed by a key that is not the tenant's IdP", async () => {
    const other = makeIdpKeys("impostor");
    const res = await post(asForm(signAssertion(samlResponseXml(facts), other), tenant.slug));
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/signature/i);
  });

  it("refuses an expired assertion", async () => {
    const past = Date.now() - 10 * 60_000;
    const xml = samlResponseXml({ ...facts, notBefore: new Date(past - 60_000), notOnOrAfter: new Date(past) });
    const res = await post(asForm(signAssertion(xml, keys), tenant.slug));
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/expired|NotOnOrAfter/i);
  });

  it("refuses an assertion for another audience", async () => {
    const xml = samlResponseXml({ ...facts, audience: "urn:someone-else" });
    const res = await post(asForm(signAssertion(xml, keys), tenant.slug));
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/audience/i);
  });

  it("refuses an assertion addressed to another recipient", async () => {
    const xml = samlResponseXml({ ...facts, recipient: "https://other-sp.test/acs" });
    const res = await post(asForm(signAssertion(xml, keys), tenant.slug));
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/not addressed/);
  });

  it("refuses an assertion from another issuer than the one set up", async () => {
    const xml = samlResponseXml({ ...facts, issuer: "https://elsewhere.test/idp" });
    const res = await post(asForm(signAssertion(xml, keys), tenant.slug));
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/issuer/);
  });

  it("accepts an assertion once: a replay is refused", async () => {
    const form = asForm(signAssertion(samlResponseXml(facts), keys), tenant.slug);
    expect((await post(form)).status).toBe(200);
    const again = await post(form);
    expect(again.status).toBe(401);
    expect(again.body.message).toMatch(/already used/);
  });

  it("refuses a valid assertion for an e-mail that is no user of the tenant, and audits it", async () => {
    const xml = samlResponseXml({ ...facts, email: "nobody@acme.test" });
    const res = await post(asForm(signAssertion(xml, keys), tenant.slug));
    expect(res.status).toBe(401);
    const failures = await withPlatform(t.server.services.db, "test: read audit", (trx) =>
      trx
        .selectFrom("audit_log")
        .select("details")
        .where("tenant_id", "=", tenant.id)
        .where("action", "=", "user.login_failed")
        .execute(),
    );
    expect(failures.map((f) => f.details)).toContainEqual(
      expect.objectContaining({ reason: "unknown_user", method: "saml", email: "nobody@acme.test" }),
    );
  });

  it("needs RelayState to name a tenant with SAML set up", async () => {
    const form = asForm(signAssertion(samlResponseXml(facts), keys));
    const missing = await post(form);
    expect(missing.status).toBe(400);
    const unknown = await post(asForm(signAssertion(samlResponseXml(facts), keys), "no-such-tenant"));
    expect(unknown.status).toBe(400);
    const other = await t.seedTenant();
    const unset = await post(asForm(signAssertion(samlResponseXml(facts), keys), other.slug));
    expect(unset.status).toBe(400);
    expect(unset.body.message).toMatch(/not set up/);
  });
});
