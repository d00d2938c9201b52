import type { IncomingMessage, ServerResponse } from 'node:http';
import { stampClientAddress } from './client-address';
import { refuseMalformedPath } from './request-path';

/**
 * What the server does to every request before Next or the fast path sees it: sets the client's
 * address and refuses a path that names nothing. Returns false when it answered the request.
 */
export function admitRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (refuseMalformedPath(req, res)) return false;
  stampClientAddress(req);
  return true;
}
