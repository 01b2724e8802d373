import nodemailer from 'nodemailer';

/** An e-mail as Lotse sends it: plain text always, HTML optionally. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through the SMTP server of `SMTP_URL`. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/**
 * A mailer for the configured SMTP server. Without one, sending fails with a message saying so; the mail
 * job stays in the queue with that error and is retried once SMTP_URL is set and the server restarted.
 */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) {
    return {
      send: async () => {
        throw new Error('No SMTP server is configured (SMTP_URL); the e-mail waits in the queue.');
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
