// The loop in the long-running web server process that empties the outbox and sends digests.
import { sendDueDigests } from './daily-digest';
import { deliverDueMail } from './deliver-outbox';
import { configuredTransport, type MailTransport } from './mail-transport';
import { log } from '@/server/log/log';

export type MailSender = { stop(): void; runOnce(): Promise<void> };

export function startMailSender(options: { transport?: MailTransport; intervalMs?: number } = {}): MailSender {
  const transport = options.transport ?? configuredTransport();
  let running: Promise<void> | null = null;
  const runOnce = () => {
    running ??= (async () => {
      try {
        await sendDueDigests();
        await deliverDueMail(transport);
      } catch (error) {
        log.error('mail sender: could not send', { error });
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const timer = setInterval(() => void runOnce(), options.intervalMs ?? Number(process.env.CIVICTWIN_MAIL_INTERVAL_MS ?? 2000));
  timer.unref();
  return { stop: () => clearInterval(timer), runOnce };
}
