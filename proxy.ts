import { NextResponse, type NextRequest } from 'next/server';
import { malformedPath } from '@/lib/http/request-path';

/**
 * The edge of every request Next serves. A path whose escapes do not decode (`/u/%zz`, a lone
 * surrogate as `%ED%A0%80`) cannot name any page; Next would answer it with a bare 500 when it
 * decodes the dynamic segment, so it is refused here as what it is: a bad request.
 */
export function proxy(req: NextRequest) {
  if (malformedPath(req.nextUrl.pathname)) {
    return new NextResponse('Alamat tidak valid.', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return NextResponse.next();
}

export const config = {
  // Next's own assets never carry user input.
  matcher: '/((?!_next/static|_next/image|favicon.ico).*)',
};
