import { z } from 'zod';
import { userRoute } from '@/lib/http/user-route';
import { searchUnits } from '@/lib/tenancy/search';
import { parseInput, plainText } from '@/lib/validation';

const query = z.object({ q: plainText(200).default('') });

export const GET = userRoute(async (req, ctx) => {
  const { q } = parseInput(query, { q: new URL(req.url).searchParams.get('q') ?? undefined });
  return Response.json({ units: await searchUnits(ctx, q) });
});
