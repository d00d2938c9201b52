import { sendDigests } from '@/lib/digest/send';
import { configuredMailer } from '@/lib/mail/mailer';
import type { Job } from './job';

/**
 * Hourly on the hour (07.00 WIB, WITA and WIT are each a whole UTC hour): each official and
 * admin whose morning it is gets yesterday's laggards, once.
 */
export const dailyDigestJob: Job = {
  name: 'daily-digest',
  schedule: '0 * * * *',
  run: async (db, signal) => {
    const mailer = configuredMailer();
    try {
      return await sendDigests(db, mailer, { signal });
    } finally {
      mailer?.close();
    }
  },
};
