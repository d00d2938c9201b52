import { scannerApiDocument } from '@/lib/checkins/openapi';

// Built once at `next build`, then served as the file it replaces.
export const dynamic = 'force-static';

/** The scanner API's OpenAPI description, generated from the zod schemas its route validates with. */
export function GET() {
  return Response.json(scannerApiDocument());
}
