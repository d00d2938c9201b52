import { expect } from 'vitest';
import { AppError } from '@/lib/errors';

/** The AppError a call throws, or a failure if it does not throw one. */
export async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
