/**
 * Feeds are addresses typed in by users: without a guard, Vigil's server could be made to fetch its own admin ports,
 * the cloud metadata service or machines on the office network (server-side request forgery). Only http(s) URLs whose
 * host resolves to public addresses are fetched, unless VIGIL_FEEDS_ALLOW_PRIVATE is set; the address checked is the
 * address connected to (the check runs inside the connection's DNS lookup), so a name cannot resolve to a public
 * address for the check and a private one for the connection.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";
import { FeedFetchError } from "./fetch.js";

/** Why an address may not be fetched ("a loopback address"), or null when it is public. */
export type AddressCheck = (address: string, family: 4 | 6) => string | null;

const RANGES: [string, number, 4 | 6, string][] = [
  ["0.0.0.0", 8, 4, "a 'this network' address"],
  ["10.0.0.0", 8, 4, "a private address"],
  ["100.64.0.0", 10, 4, "a carrier-grade NAT address"],
  ["127.0.0.0", 8, 4, "a loopback address"],
  ["169.254.0.0", 16, 4, "a link-local address (where cloud metadata services answer)"],
  ["172.16.0.0", 12, 4, "a private address"],
  ["192.0.0.0", 24, 4, "an IETF protocol address"],
  ["192.168.0.0", 16, 4, "a private address"],
  ["198.18.0.0", 15, 4, "a benchmarking address"],
  ["224.0.0.0", 4, 4, "a multicast address"],
  ["240.0.0.0", 4, 4, "a reserved address"],
  ["::", 128, 6, "the unspecified address"],
  ["::1", 128, 6, "a loopback address"],
  ["fc00::", 7, 6, "a unique-local address (including cloud metadata services)"],
  ["fe80::", 10, 6, "a link-local address"],
  ["ff00::", 8, 6, "a multicast address"],
];
const LISTS = RANGES.map(([net, prefix, family, reason]) => {
  const list = new BlockList();
  list.addSubnet(net, prefix, family === 4 ? "ipv4" : "ipv6");
  return { list, family, reason };
});

/** IPv6 forms that carry an IPv4 address (mapped, NAT64): the IPv4 address inside decides. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (!m) return null;
  if (m[1]) return m[1];
  const hi = parseInt(m[2]!, 16);
  const lo = parseInt(m[3]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

export const publicAddressesOnly: AddressCheck = (address, family) => {
  const v4 = family === 6 ? embeddedIpv4(address) : null;
  if (v4) return publicAddressesOnly(v4, 4);
  for (const r of LISTS) if (r.family === family && r.list.check(address, family === 4 ? "ipv4" : "ipv6")) return r.reason;
  return null;
};

const ALLOW_PRIVATE_HINT = "set VIGIL_FEEDS_ALLOW_PRIVATE=1 to allow feeds on this machine or the local network";

function refuse(host: string, reason: string, resolved: boolean): FeedFetchError {
  return new FeedFetchError(`refused to fetch from ${host}: ${resolved ? "the name resolves to" : "it is"} ${reason}; ${ALLOW_PRIVATE_HINT}`);
}

/** Refuses a URL before any connection: a scheme other than http(s), or a literal address that is not public. */
export function checkFeedUrl(url: URL, check: AddressCheck | null): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FeedFetchError(`refused to fetch a ${url.protocol.replace(/:$/, "")}: address; feeds must be http or https`);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const family = isIP(host);
  if (check && family) {
    const why = check(host, family as 4 | 6);
    if (why) throw refuse(host, why, false);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http that resolves the name and refuses the connection when any of its addresses is not
 * public: the socket connects only to an address this function has checked.
 */
export function guardedLookup(check: AddressCheck) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true } as { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        const why = check(a.address, a.family as 4 | 6);
        if (why) return callback(refuse(hostname, why, true) as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}
