import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 of a secret of many random bits: no salt is needed, and one index lookup finds it. */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * A new secret handed out once (an API key `pnd_…`, a display link's token `lyr_…`): 192
 * random bits after its kind; its first ten characters name it in lists, its hash is stored.
 */
export function issueSecret(kind: 'pnd' | 'lyr') {
  const secret = `${kind}_${randomBytes(24).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, 10), hash: secretHash(secret) };
}
