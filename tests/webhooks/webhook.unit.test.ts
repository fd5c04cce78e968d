import { describe, expect, it } from 'vitest';
import {
  decryptSecret,
  encryptSecret,
  secretKey,
} from '../../server/src/webhooks/webhook.crypto.js';
import { backoffMs } from '../../server/src/webhooks/webhook.dispatcher.js';
import { refusedTarget } from '../../server/src/webhooks/webhook.target.js';

describe('refusedTarget', () => {
  it.each([
    { url: 'http://127.0.0.1:8080/x', refused: true },
    { url: 'http://[::1]/x', refused: true },
    { url: 'http://10.1.2.3/x', refused: true },
    { url: 'http://192.168.0.10/x', refused: true },
    { url: 'http://169.254.169.254/latest/meta-data', refused: true },
    { url: 'http://[::ffff:127.0.0.1]/x', refused: true },
    { url: 'http://localhost:9000/x', refused: true },
    { url: 'https://93.184.216.34/x', refused: false },
  ])(
    'should refuse $url: $refused when private targets are not allowed',
    async ({ url, refused }) => {
      expect((await refusedTarget(new URL(url), false)) !== null).toBe(refused);
    },
  );

  it('should allow any target when WEBHOOK_ALLOW_PRIVATE is set', async () => {
    expect(await refusedTarget(new URL('http://127.0.0.1/x'), true)).toBeNull();
  });
});

describe('backoffMs', () => {
  const policy = { baseMs: 2000, maxMs: 3_600_000, maxAgeMs: 86_400_000 };
  it.each([
    { attempts: 1, random: 0, expected: 1000 },
    { attempts: 1, random: 1, expected: 2000 },
    { attempts: 3, random: 1, expected: 8000 },
    { attempts: 30, random: 1, expected: 3_600_000 },
  ])(
    'should wait $expected ms after $attempts attempts (jitter $random)',
    ({ attempts, random, expected }) => {
      expect(backoffMs(policy, attempts, () => random)).toBe(expected);
    },
  );
});

describe('stored webhook secrets', () => {
  it('should decrypt what it encrypted, and refuse another key', () => {
    const key = secretKey('a-key-of-sixteen-chars');
    const stored = encryptSecret(key, 'whsec_abc');
    expect(stored).not.toContain('whsec_abc');
    expect(decryptSecret(key, stored)).toBe('whsec_abc');
    expect(() => decryptSecret(secretKey('another-key-of-16-chars'), stored)).toThrow();
  });
});
