import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignedXml } from "xml-crypto";

export interface IdpKeys {
  key: string;
  cert: string;
}

/** A fresh RSA key and self-signed certificate for a test identity provider, made by openssl. */
export function makeIdpKeys(commonName = "test-idp"): IdpKeys {
  const dir = mkdtempSync(join(tmpdir(), "leanvibe-saml-"));
  try {
    const key = join(dir, "key.pem");
    const cert = join(dir, "cert.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "2",
        "-subj",
        `/CN=${commonName}`,
      ],
      { stdio: "ignore", timeout: 30_000 },
    );
    return { key: readFileSync(key, "utf8"), cert: readFileSync(cert, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface AssertionFacts {
  issuer: string;
  audience: string;
  recipient: string;
  email: string;
  /** Defaults: valid from a minute ago for five minutes. */
  notBefore?: Date;
  notOnOrAfter?: Date;
  assertionId?: string;
}

/** An unsigned SAML 2.0 Response with one assertion, as an IdP would send it by HTTP-POST. */
export function samlResponseXml(f: AssertionFacts): string {
  const now = Date.now();
  const issued = new Date(now).toISOString();
  const notBefore = (f.notBefore ?? new Date(now - 60_000)).toISOString();
  const notOnOrAfter = (f.notOnOrAfter ?? new Date(now + 5 * 60_000)).toISOString();
  const id = f.assertionId ?? `_a${randomUUID().replace(/-/g, "")}`;
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${randomUUID().replace(/-/g, "")}" Version="2.0" IssueInstant="${issued}" Destination="${f.recipient}"><saml:Issuer>${f.issuer}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion ID="${id}" Version="2.0" IssueInstant="${issued}"><saml:Issuer>${f.issuer}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${f.email}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${f.recipient}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${f.audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${issued}" SessionIndex="_s1"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement><saml:Attribute Name="email"><saml:AttributeValue>${f.email}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>`;
}

/** Signs the assertion (enveloped, RSA-SHA256, exclusive c14n), placing the signature after its Issuer. */
export function signAssertion(xml: string, keys: IdpKeys): string {
  const sig = new SignedXml({
    privateKey: keys.key,
    publicCert: keys.cert,
    signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
  });
  sig.addReference({
    xpath: "//*[local-name(.)='Assertion']",
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
  });
  sig.computeSignature(xml, {
    location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: "after" },
  });
  return sig.getSignedXml();
}

export const asForm = (xml: string, relayState?: string) => {
  const form = new URLSearchParams({ SAMLResponse: Buffer.from(xml, "utf8").toString("base64") });
  if (relayState !== undefined) form.set("RelayState", relayState);
  return form.toString();
};
