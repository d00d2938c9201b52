import { z } from 'zod';
import { getActor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { AppError, errorResponse } from '@/lib/errors';
import { searchUnits } from '@/lib/tenancy/search';
import { parseInput, plainText } from '@/lib/validation';

const query = z.object({ q: plainText(200).default('') });

export async function GET(req: Request) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError('unauthorized');
    const { q } = parseInput(query, { q: new URL(req.url).searchParams.get('q') ?? undefined });
    return Response.json({ units: await searchUnits(await getDb(), actor, q) });
  } catch (error) {
    return errorResponse(error);
  }
}
