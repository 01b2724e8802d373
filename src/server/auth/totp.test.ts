import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromBase32, isTotpCodeValid, toBase32, totpCode, totpUri } from './totp.ts';

// RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890".
const rfcSecret = Buffer.from('12345678901234567890');

describe('TOTP', () => {
  it('computes the RFC 6238 test vectors (8 digits, SHA-1)', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, code] of vectors)
      assert.equal(totpCode(rfcSecret, Math.floor(seconds / 30), 8), code);
  });

  it('round-trips base32 and rejects what is not base32', () => {
    assert.equal(toBase32(rfcSecret), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    assert.deepEqual(fromBase32('gezd gnbv gy3t qojq gezd gnbv gy3t qojq'), rfcSecret);
    assert.equal(fromBase32('not base32!'), undefined);
  });

  it('accepts the current code and one step of drift, nothing older or malformed', () => {
    const secret = toBase32(rfcSecret);
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 30_000);
    const codeAt = (s: number) => totpCode(rfcSecret, s);
    assert.equal(isTotpCodeValid(secret, codeAt(step), now), true);
    assert.equal(isTotpCodeValid(secret, codeAt(step - 1), now), true);
    assert.equal(isTotpCodeValid(secret, codeAt(step + 1), now), true);
    assert.equal(isTotpCodeValid(secret, codeAt(step - 3), now), false);
    assert.equal(isTotpCodeValid(secret, '12345', now), false);
    assert.equal(isTotpCodeValid(secret, 'abcdef', now), false);
  });

  it('builds the otpauth address authenticator apps read', () => {
    assert.equal(
      totpUri({ secret: 'ABC', account: 'a@b.example', issuer: 'Lotse' }),
      'otpauth://totp/Lotse%3Aa%40b.example?secret=ABC&issuer=Lotse&algorithm=SHA1&digits=6&period=30',
    );
  });
});
