import { describe, expect, it } from 'vitest';
import { createReadAccess } from '../../server/src/auth/access.js';
import { anonymous, type Viewer } from '../../server/src/auth/viewer.js';

const viewer: Viewer = { role: 'VIEWER', name: 'wallboard', tokenId: 't' };

describe('createReadAccess (PUBLIC_READ), the one read policy of HTTP, WebSocket and live', () => {
  it.each([
    { publicRead: true, who: anonymous, expected: true },
    { publicRead: true, who: viewer, expected: true },
    { publicRead: false, who: anonymous, expected: false },
    { publicRead: false, who: viewer, expected: true },
  ])(
    'should answer $expected for role $who.role when publicRead is $publicRead',
    ({ publicRead, who, expected }) => {
      expect(createReadAccess({ publicRead }).canRead(who)).toBe(expected);
    },
  );

  it('should throw UNAUTHENTICATED with the given reason when a read needs a token', () => {
    const access = createReadAccess({ publicRead: false });
    let thrown: unknown;
    try {
      access.requireRead(anonymous, 'Reading needs a token');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      message: 'Reading needs a token',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(() => access.requireRead(viewer, 'Reading needs a token')).not.toThrow();
  });
});
