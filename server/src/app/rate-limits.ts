/**
 * Rate limits on what a client can repeat cheaply: mutations (per token and per client address)
 * and reads without a token (per address). In memory, per instance: behind a balancer that
 * spreads clients over N instances a client gets up to N times the limit, which is the point of
 * a per-instance guard (it protects each instance); a shared store would make it global.
 * The client address is `req.ip` under `TRUST_PROXY`, over HTTP and WebSocket alike.
 */
import { OperationTypeNode } from 'graphql';
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../auth/viewer.js';
import type { Config } from './config.js';

export interface RateLimitSettings {
  windowSeconds: number;
  mutationsPerToken: number;
  mutationsPerAddress: number;
  anonymousReadsPerAddress: number;
}

/** The limits from the configuration, or null when `RATE_LIMITS=false`. */
export function rateLimitSettings(config: Config): RateLimitSettings | null {
  if (!config.RATE_LIMITS) return null;
  return {
    windowSeconds: config.RATE_LIMIT_WINDOW_S,
    mutationsPerToken: config.RATE_LIMIT_MUTATIONS_PER_TOKEN,
    mutationsPerAddress: config.RATE_LIMIT_MUTATIONS_PER_ADDRESS,
    anonymousReadsPerAddress: config.RATE_LIMIT_ANONYMOUS_READS_PER_ADDRESS,
  };
}

/** One operation about to run. */
export interface Attempt {
  operation: OperationTypeNode;
  viewer: Viewer;
  /** The client's address (see `clientAddress`). */
  address: string;
}

export interface RateLimits {
  /** Counts the attempt; null when it may run, else the seconds until it would be counted again. */
  admit(attempt: Attempt): Promise<number | null>;
}

function limiter(points: number, duration: number): RateLimiterMemory | null {
  return points > 0 ? new RateLimiterMemory({ points, duration }) : null;
}

/** Seconds to wait, or null, for one key of one limiter. */
async function consume(rate: RateLimiterMemory | null, key: string): Promise<number | null> {
  if (!rate) return null;
  try {
    await rate.consume(key);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}

export function createRateLimits(settings: RateLimitSettings | null): RateLimits {
  if (!settings) return { admit: () => Promise.resolve(null) };
  const window = settings.windowSeconds;
  const perToken = limiter(settings.mutationsPerToken, window);
  const perAddress = limiter(settings.mutationsPerAddress, window);
  const anonymous = limiter(settings.anonymousReadsPerAddress, window);
  return {
    async admit({ operation, viewer, address }) {
      if (operation === OperationTypeNode.MUTATION) {
        const byToken = viewer.tokenId ? await consume(perToken, viewer.tokenId) : null;
        return byToken ?? (await consume(perAddress, address));
      }
      return viewer.role === null ? consume(anonymous, address) : null;
    },
  };
}

/** `TRUST_PROXY` as a list for Express's `trust proxy` and for proxy-addr. */
export function trustedProxies(setting: string): string[] {
  return setting
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The client's address exactly as Express computes `req.ip` (the same proxy-addr rules and
 * `TRUST_PROXY`), for WebSocket upgrades, which never pass through Express.
 */
export function clientAddressOf(trustProxy: string): (request: IncomingMessage) => string {
  const trust = proxyAddr.compile(trustedProxies(trustProxy));
  return (request) => proxyAddr(request, trust);
}
