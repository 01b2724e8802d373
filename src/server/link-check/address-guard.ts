import { lookup } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Thrown instead of connecting to an address of a private network (see `isPrivateAddress`). */
export class PrivateAddressError extends Error {
  readonly code = 'LOTSE_PRIVATE_ADDRESS';

  constructor(host: string) {
    super(`${host} is an address of a private network; the link checker does not go there.`);
  }
}

const privateNetworks = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  // Unspecified, loopback and IPv4-compatible addresses (::a.b.c.d, deprecated, routed to IPv4).
  ['::', 96],
  // NAT64 translates these to the IPv4 address in their last 32 bits: well-known and local-use prefix.
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  // 6to4 carries an IPv4 address in bits 16 to 48, which a relay would reach.
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  privateNetworks.addSubnet(network, prefix, 'ipv6');
}

/**
 * Whether an IP address belongs to this machine, a private or link-local network (cloud metadata services
 * among them), or is not one that a public web site has. IPv4 addresses written as IPv6 count as IPv4;
 * IPv6 forms that carry an IPv4 address (IPv4-compatible, NAT64, 6to4) are refused as a whole.
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return privateNetworks.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Whether the host of a URL is written as a private IP address (names are checked when they resolve). */
export function isPrivateHostLiteral(hostname: string): boolean {
  return isPrivateAddress(hostname.replace(/^\[(.*)\]$/, '$1'));
}

/** A DNS lookup for outgoing requests that refuses names resolving to a private address. */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    if (addresses.some((entry) => isPrivateAddress(entry.address))) {
      return callback(new PrivateAddressError(hostname), '');
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    if (!first)
      return callback(Object.assign(new Error(`${hostname} has no address.`), { code: 'ENOTFOUND' }), '');
    callback(null, first.address, first.family);
  });
};
