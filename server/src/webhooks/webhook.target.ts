import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { badInput } from '../common/errors.js';

/** Address ranges a webhook may reach without WEBHOOK_ALLOW_PRIVATE: public unicast only. */
function isPublic(address: string): boolean {
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
}

/** Checks the URL's form (http or https, no credentials); BAD_USER_INPUT on `field` otherwise. */
export function checkWebhookUrl(field: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badInput(field, 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badInput(field, 'must be an http(s) URL');
  if (url.username !== '' || url.password !== '')
    throw badInput(field, 'must not carry credentials');
  if (raw.length > 2000) throw badInput(field, 'must be at most 2000 characters');
  return url;
}

/**
 * Refuses a target whose host resolves to any loopback, private, link-local or otherwise
 * non-public address (checked on the resolved addresses, so a DNS name pointing at 127.0.0.1 is
 * refused like the literal). Returns the reason, or null when the target may be called.
 */
export async function refusedTarget(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host)
    ? [host]
    : (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  if (addresses.length === 0) return `${host} does not resolve`;
  const blocked = addresses.find((address) => !isPublic(address));
  return blocked ? `${host} resolves to a non-public address (${blocked})` : null;
}
