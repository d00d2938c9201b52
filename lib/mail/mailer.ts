import nodemailer from 'nodemailer';
import { appUrl } from '@/lib/config';

export type Mail = { to: string; subject: string; text: string; html: string };

export type Mailer = { send: (mail: Mail) => Promise<void>; close: () => void };

/**
 * Outgoing mail from the environment: SMTP_URL (`smtp://user:password@host:587`, or `smtps://`
 * for TLS from the start) and MAIL_FROM (`Pindai <pindai@bekasikab.go.id>`; unset: pindai@ the app's own host). Null when
 * SMTP_URL is unset: mail is off. One pooled connection carries a run's mails.
 */
export function configuredMailer(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  if (!env.SMTP_URL) return null;
  const url = new URL(env.SMTP_URL);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transport = nodemailer.createTransport(url.toString(), {
    from: env.MAIL_FROM || `Pindai <pindai@${new URL(appUrl()).hostname}>`,
  });
  return {
    send: async (mail) => {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}
