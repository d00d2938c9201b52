import { getDb } from '@/lib/db/client';
import { receiptSignature, verifyReceipt } from '@/lib/checkins/receipt';
import { visitorCheckOut } from '@/lib/checkins/visitor';
import { perAddress } from '@/lib/checkins/visitor-limits';
import { AppError } from '@/lib/errors';
import { readForm, seeOther, visitorErrorResponse } from '@/lib/http/form-route';
import { clientAddress } from '@/lib/http/rate-limit';
import { parseId } from '@/lib/validation';

export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const form = await readForm(req);
    perAddress.take(clientAddress(req));
    const eventId = parseId(form.get('event') ?? undefined);
    if (!verifyReceipt(eventId, form.get('s') ?? '')) throw new AppError('not_found');
    const result = await visitorCheckOut(await getDb(), token, eventId);
    if (result.ok) {
      const id = result.outcome.id;
      return seeOther(`/c/${token}/hasil/${id}?s=${receiptSignature(id)}`);
    }
    return seeOther('error' in result ? `/c/${token}?galat=${result.error}` : `/c/${token}`);
  } catch (error) {
    return visitorErrorResponse(error);
  }
}
