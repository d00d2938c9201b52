import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as indonesian from '@zxcvbn-ts/language-id';

/** zxcvbn's scale: 3 is "safely unguessable" against an online attack with throttling. */
const MIN_SCORE = 3;
/** bcrypt reads only the first 72 bytes: a longer password would be silently cut. */
const MAX_BYTES = 72;

let zxcvbn: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries are large, and only password pages need them. */
function estimator(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...indonesian.dictionary },
    graphs: common.adjacencyGraphs,
    translations: indonesian.translations,
  });
  return zxcvbn;
}

/**
 * Why a new password is refused, in Bahasa Indonesia, or null when it is strong enough. The
 * account's own email and name count as guessable words.
 */
export async function passwordWeakness(
  password: string,
  personal: string[],
): Promise<string | null> {
  if (password.length < 10) return 'Kata sandi minimal 10 karakter.';
  if (Buffer.byteLength(password) > MAX_BYTES)
    return `Kata sandi paling panjang ${MAX_BYTES} byte.`;
  // Whole (the name, the email and its local part) and in words: zxcvbn matches each as a word.
  const whole = personal.flatMap((p) => [p.toLowerCase(), p.toLowerCase().split('@')[0]!]);
  const words = [...whole, ...whole.flatMap((p) => p.split(/[^\p{L}\p{N}]+/u))].filter(
    (w) => w.length >= 3,
  );
  const result = await estimator().checkAsync(password, words);
  if (result.score >= MIN_SCORE) return null;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `Kata sandi terlalu mudah ditebak.${hint ? ` ${hint}` : ' Gunakan beberapa kata acak yang tidak berhubungan.'}`;
}
