import {
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type ZodMediaTypeObject,
} from '@asteasolutions/zod-to-openapi';
import { apiBatch, apiBatchResults, apiCheckin, apiError, apiResult } from './api-schema';

const description =
  "Check-ins from scanner apps and kiosks. Authenticate with a unit's API key (created by the unit's admin under Kunci API) as `Authorization: Bearer pnd_…`. A key may check visitors in at its unit and at any unit below it. Every check-in carries an idempotency key, scoped to the API key that sends it: sending the same check-in again returns the first answer (200) instead of recording twice; the same idempotency key with a different check-in is refused (409 `idempotency_mismatch`) and records nothing. A check-in is acknowledged only after it is committed. NIKs and phone numbers are never stored: the server keeps only a keyed hash.";

const retryAfter = {
  'Retry-After': { schema: { type: 'integer' as const }, description: 'Seconds to wait.' },
};

const json = (media: ZodMediaTypeObject) => ({ 'application/json': media });

const refusal = (text: string, headers?: typeof retryAfter): ResponseConfig => ({
  description: text,
  content: json({ schema: apiError }),
  ...(headers ? { headers } : {}),
});

/** The scanner API's OpenAPI 3.1 description, generated from the schemas its route validates with. */
export function scannerApiDocument() {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'pnd_ followed by 32 characters.',
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/checkins',
    summary: 'Record one check-in, or a batch from a kiosk that was offline',
    security: [{ [bearer.name]: [] }],
    request: {
      body: { required: true, content: json({ schema: apiCheckin.or(apiBatch) }) },
    },
    responses: {
      201: { description: 'Recorded (single form).', content: json({ schema: apiResult }) },
      200: {
        description:
          'Single form: this idempotency key was already recorded, here is its result. Batch form: one result per check-in, in the order sent.',
        content: json({ schema: apiResult.or(apiBatchResults) }),
      },
      401: refusal('Missing, unknown or revoked API key.'),
      403: refusal("The poster or unit is outside the key's unit."),
      404: refusal('Unknown poster token, unit or service.'),
      409: refusal(
        'idempotency_mismatch: this API key already used the idempotency key for a different check-in (another identity, kind, poster, unit, service or time). Nothing was recorded; send a new idempotency key. In the batch form, that item is refused with this error.',
      ),
      410: refusal('The poster was rotated or revoked.'),
      413: refusal('Body larger than 512 KB.'),
      415: refusal(
        'The media type of Content-Type is not application/json (a charset other than utf-8 is refused too).',
      ),
      422: refusal(
        'Invalid body or identity (a NIK of 16 digits with a real district code and birth date, or an Indonesian mobile number).',
      ),
      429: refusal(
        'Too many refused API keys from this address (30 a minute), or too many live scans of this poster (600 a minute; check-ins sent with occurred_at are not limited). A database outage is never answered 429: it is a 503. Retry-After says when to try again.',
        retryAfter,
      ),
      503: refusal(
        'The database is unreachable or the queue is full; nothing was recorded.',
        retryAfter,
      ),
    },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Pindai scanner API', version: '1.0.0', description },
    servers: [{ url: '/' }],
  });
}
