// Which network addresses an identity provider may be at: public ones only, unless an installation
// allows private ones. Without this, an administrator's "issuer" could make Bulwark probe its own
// network (a database port, a cloud metadata service at 169.254.169.254). Pure: no I/O.
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Ranges that are not the public internet: this host, private networks, link-local, CGNAT, multicast… */
const IPV4_RANGES: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network", including the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, where cloud metadata services answer
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const IPV6_RANGES: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // NAT64 for local use
  ['100::', 64], // discard
  ['2001::', 32], // Teredo, which hides an IPv4 address
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routable inside some networks)
  ['ff00::', 8], // multicast
];

function rangesOf(): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of IPV4_RANGES) list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of IPV6_RANGES) list.addSubnet(network, prefix, 'ipv6');
  return list;
}

const NOT_PUBLIC = rangesOf();

/** The eight 16-bit groups of an IPv6 address, whatever form it was written in. */
function ipv6Groups(address: string): number[] {
  // The URL parser writes any IPv6 form (a dotted IPv4 tail included) as hex groups with at most one '::'.
  const hex = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head = '', tail] = hex.split('::');
  const part = (text: string) => (text ? text.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** The IPv4 address an IPv6 address carries for a translator or tunnel (mapped, compatible, NAT64, 6to4). */
function embeddedIPv4(address: string): string | null {
  const g = ipv6Groups(address);
  const quad = (hi: number, lo: number) => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  const zeros = (from: number, to: number) => g.slice(from, to).every((v) => v === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return quad(g[6]!, g[7]!); // ::ffff:a.b.c.d, IPv4-mapped
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return quad(g[6]!, g[7]!); // ::ffff:0:a.b.c.d, SIIT
  if (zeros(0, 6)) return quad(g[6]!, g[7]!); // ::a.b.c.d, IPv4-compatible (:: and ::1 land here too)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return quad(g[6]!, g[7]!); // NAT64 well-known prefix
  if (g[0] === 0x2002) return quad(g[1]!, g[2]!); // 6to4
  return null;
}

/** True when the address is a public, unicast one: not loopback, private, link-local, CGNAT, multicast… */
export function isPublicAddress(address: string): boolean {
  if (isIPv4(address)) return !NOT_PUBLIC.check(address, 'ipv4');
  // A zone index (fe80::1%eth0) names a local interface: never a public address.
  if (!isIPv6(address) || address.includes('%')) return false;
  if (NOT_PUBLIC.check(address, 'ipv6')) return false;
  const inner = embeddedIPv4(address);
  return inner === null || !NOT_PUBLIC.check(inner, 'ipv4');
}
