// Which addresses an identity provider may be at: public unicast ones only. Every range that is not the
// public internet is refused, in IPv4 and IPv6, including IPv4 addresses carried inside IPv6.
import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/modules/sso/domain/provider-address.js';

describe('provider addresses', () => {
  it.each([
    ['a public IPv4 address', '8.8.8.8'],
    ['another public IPv4 address', '51.140.1.1'],
    ['a public IPv6 address', '2606:4700:4700::1111'],
    ['a public IPv4 address mapped into IPv6', '::ffff:8.8.8.8'],
    ['a public IPv4 address behind NAT64', '64:ff9b::808:808'],
    ['a public IPv4 address in 6to4', '2002:808:808::1'],
  ])('%s (%s) is public', (_, address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback, anywhere in 127/8', '127.255.0.9'],
    ['the unspecified address', '0.0.0.0'],
    ['this network', '0.1.2.3'],
    ['private 10/8', '10.1.2.3'],
    ['private 172.16/12', '172.31.255.254'],
    ['private 192.168/16', '192.168.0.1'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['link-local, where cloud metadata answers', '169.254.169.254'],
    ['IETF protocol assignments', '192.0.0.8'],
    ['documentation', '203.0.113.5'],
    ['benchmarking', '198.18.0.1'],
    ['multicast', '224.0.0.251'],
    ['reserved', '240.0.0.1'],
    ['broadcast', '255.255.255.255'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 unique local', 'fd12:3456::1'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv6 link-local with a zone', 'fe80::1%eth0'],
    ['IPv6 site-local', 'fec0::1'],
    ['IPv6 multicast', 'ff02::1'],
    ['IPv6 documentation', '2001:db8::1'],
    ['Teredo', '2001:0:4136:e378::1'],
    ['loopback mapped into IPv6', '::ffff:127.0.0.1'],
    ['private mapped into IPv6, in hex', '::ffff:a00:1'],
    ['private in the SIIT form', '::ffff:0:10.0.0.1'],
    ['loopback in the IPv4-compatible form', '::127.0.0.1'],
    ['private behind NAT64', '64:ff9b::10.0.0.1'],
    ['NAT64 for local use', '64:ff9b:1::1'],
    ['loopback in 6to4', '2002:7f00:1::1'],
    ['not an address at all', 'bulwark.example'],
  ])('%s (%s) is not public', (_, address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
});
