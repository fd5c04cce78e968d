import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { anonymous } from '../../server/src/auth/viewer.js';
import { clientAddressOf, createRateLimits } from '../../server/src/app/rate-limits.js';
import { OperationTypeNode } from 'graphql';

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  const message = new IncomingMessage(socket);
  if (forwardedFor) message.headers['x-forwarded-for'] = forwardedFor;
  return message;
}

describe('clientAddressOf', () => {
  it.each([
    { trust: 'loopback', remote: '127.0.0.1', xff: '203.0.113.9', expected: '203.0.113.9' },
    {
      trust: 'loopback',
      remote: '127.0.0.1',
      xff: '6.6.6.6, 203.0.113.9',
      expected: '203.0.113.9',
    },
    { trust: 'loopback', remote: '10.0.0.5', xff: '203.0.113.9', expected: '10.0.0.5' },
    {
      trust: 'loopback, uniquelocal',
      remote: '10.0.0.5',
      xff: '203.0.113.9',
      expected: '203.0.113.9',
    },
    { trust: 'loopback', remote: '198.51.100.7', xff: undefined, expected: '198.51.100.7' },
  ])(
    'should take $expected from $remote with X-Forwarded-For $xff when trusting $trust',
    ({ trust, remote, xff, expected }) => {
      expect(clientAddressOf(trust)(request(remote, xff))).toBe(expected);
    },
  );
});

describe('createRateLimits', () => {
  it('should count anonymous reads per address and never reads with a token', async () => {
    const limits = createRateLimits({
      windowSeconds: 60,
      mutationsPerToken: 0,
      mutationsPerAddress: 0,
      anonymousReadsPerAddress: 2,
    });
    const read = (address: string, viewer = anonymous) =>
      limits.admit({ operation: OperationTypeNode.QUERY, viewer, address });
    expect([await read('a'), await read('a'), await read('b')]).toEqual([null, null, null]);
    expect(await read('a')).toBeGreaterThan(0);
    const viewer = { role: 'VIEWER' as const, name: 'v', tokenId: 't' };
    expect(await read('a', viewer)).toBeNull();
  });
});
