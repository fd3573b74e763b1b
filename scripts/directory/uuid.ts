/**
 * Name-based UUIDs (RFC 4122 version 5). HSDS wants UUIDs; deriving them from our own ids
 * keeps them stable across exports, so a receiving system updates a service instead of
 * adding a copy of it every time.
 */
import { createHash } from 'node:crypto';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Our own namespace: the v5 UUID of "saferoute.app" in the RFC 4122 DNS namespace. */
const SAFEROUTE = uuidV5('saferoute.app', DNS_NAMESPACE);

/** A stable UUID for one of our entities, e.g. uuidFor('service', 'lk-slbfe-hotline'). */
export function uuidFor(kind: string, key: string): string {
  return uuidV5(`saferoute:${kind}:${key}`, SAFEROUTE);
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
