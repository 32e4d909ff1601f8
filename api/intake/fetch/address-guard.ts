import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import ipaddr from 'ipaddr.js'
import { IntakeError } from './errors.ts'

// Only globally routable unicast addresses may be fetched: loopback, private, link-local (which holds
// the cloud metadata address 169.254.169.254), carrier-grade NAT, unique-local IPv6 (fd00:ec2::254),
// multicast and reserved ranges are all refused. IPv4 inside IPv6 (::ffff:127.0.0.1) is unwrapped first.
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  const ip = ipaddr.process(address)
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6
    // NAT64 and 6to4 carry an IPv4 address too; refuse them rather than decode every scheme.
    if (v6.range() !== 'unicast') return false
    return !v6.match(ipaddr.IPv6.parse('64:ff9b::'), 96) && !v6.match(ipaddr.IPv6.parse('2002::'), 16)
  }
  return ip.range() === 'unicast'
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/**
 * A `lookup` for sockets that refuses a name resolving to any non-public address. It runs on every
 * connection, so a redirect or a DNS answer that changes between checks (rebinding) is caught where
 * the socket is opened, not only when the URL is read.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback) {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, [])
    const refused = addresses.find((a) => !isPublicAddress(a.address))
    if (refused) {
      const e = new IntakeError(
        'refused_address',
        `${hostname} resolves to ${refused.address}, a private address`,
      )
      return callback(e as unknown as NodeJS.ErrnoException, [])
    }
    if (options.all) return callback(null, addresses)
    callback(null, addresses[0].address, addresses[0].family)
  })
}

/** A URL's host written as an address skips DNS, so it is checked here, before connecting. */
export function checkLiteralHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (ipaddr.isValid(host) && !isPublicAddress(host))
    throw new IntakeError('refused_address', `${host} is a private address`)
}
