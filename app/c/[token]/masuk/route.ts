import { getDb } from '@/lib/db/client';
import { receiptSignature } from '@/lib/checkins/receipt';
import { visitorCheckIn } from '@/lib/checkins/visitor';
import { perAddress, perPoster } from '@/lib/checkins/visitor-limits';
import { readForm, seeOther, visitorErrorResponse } from '@/lib/http/form-route';
import { clientAddress } from '@/lib/http/rate-limit';

/** The check-in form posts here; the visitor is sent on to their result (post/redirect/get). */
export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const form = await readForm(req);
    perAddress.take(clientAddress(req));
    perPoster.take(token);
    const result = await visitorCheckIn(await getDb(), token, form.get('identitas') ?? '');
    if (result.ok) {
      const id = result.outcome.id;
      return seeOther(`/c/${token}/hasil/${id}?s=${receiptSignature(id)}`);
    }
    return seeOther('error' in result ? `/c/${token}?galat=${result.error}` : `/c/${token}`);
  } catch (error) {
    return visitorErrorResponse(error);
  }
}
