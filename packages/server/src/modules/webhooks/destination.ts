import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { invalid } from "../../platform/errors.js";

/**
 * Addresses a webhook must not reach when private networks are refused: loopback, the private ranges, link-local
 * (which includes cloud metadata services at 169.254.169.254), carrier-grade NAT, multicast and unspecified.
 * Otherwise any tenant admin could make the server probe its own network (SSRF).
 */
const privateRanges = (() => {
  const list = new BlockList();
  for (const [net, prefix] of [
    ["0.0.0.0", 8],
    ["10.0.0.0", 8],
    ["100.64.0.0", 10],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
    ["172.16.0.0", 12],
    ["192.0.0.0", 24],
    ["192.168.0.0", 16],
    ["198.18.0.0", 15],
    ["224.0.0.0", 4],
    ["240.0.0.0", 4],
  ] as const) {
    list.addSubnet(net, prefix, "ipv4");
  }
  for (const [net, prefix] of [
    ["::", 128],
    ["::1", 128],
    ["fc00::", 7],
    ["fe80::", 10],
    ["ff00::", 8],
    ["64:ff9b::", 96],
  ] as const) {
    list.addSubnet(net, prefix, "ipv6");
  }
  return list;
})();

/** True for an address a webhook may not reach unless private networks are allowed. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return privateRanges.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1]!, "ipv4");
  return privateRanges.check(address, "ipv6");
}

const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, "");

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))),
  );
}

/**
 * Checks a webhook URL before it is stored: http(s) only, no credentials in it, and, when private networks are
 * refused, a host that resolves only to public addresses. Returns the normalised URL.
 */
export async function checkDestination(raw: string, allowPrivateNetworks: boolean): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid("url", "must be an absolute http or https URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw invalid("url", "must use http or https");
  if (url.username || url.password) throw invalid("url", "must not carry credentials; sign with the secret instead");
  if (!allowPrivateNetworks) {
    const host = bareHost(url.hostname);
    let addresses: string[];
    try {
      addresses = isIP(host) ? [host] : (await resolveAll(host)).map((a) => a.address);
    } catch {
      throw invalid("url", `the host ${host} does not resolve`);
    }
    if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
      throw invalid("url", "must not point at a private, loopback or link-local address");
    }
  }
  return url.toString();
}

/**
 * A DNS lookup for outgoing deliveries that refuses private addresses at connection time, so a name that
 * resolved to a public address when the endpoint was saved cannot later be re-pointed inside (DNS rebinding).
 */
export function guardedLookup(allowPrivateNetworks: boolean): LookupFunction | undefined {
  if (allowPrivateNetworks) return undefined;
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as LookupAddress[];
      const refused = list.find((a) => isPrivateAddress(a.address));
      if (refused || list.length === 0) {
        const error = Object.assign(new Error(`refused to connect to a private address (${refused?.address})`), {
          code: "EPRIVATEADDRESS",
        });
        return callback(error, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
