/**
 * The corrections channel of this build: `SITE_REPOSITORY` (`owner/name`, which the deploy
 * workflow sets from the repository) for its issue form, else `reportError` from
 * `content/site.yaml`. The content guard refuses a production build whose channel is missing or
 * a placeholder; `astro dev` without one links to the corrections policy instead.
 */
import { reportChannel, type ChannelSettings, type ReportChannel } from '../lib/trust/report-channel.ts';
import { readSiteCopy } from './site-file.ts';

/** The settings the channel is chosen from, under the project `root`. */
export function channelSettings(root: string, env: { SITE_REPOSITORY?: string | undefined }): ChannelSettings {
  const site = readSiteCopy(root);
  return { repository: env.SITE_REPOSITORY, address: 'copy' in site ? site.copy.reportError : null };
}

/** This build's channel; null only in `astro dev` without one (a build refuses that). */
export const REPORT_CHANNEL: ReportChannel | null = reportChannel(channelSettings(process.cwd(), process.env)).channel;
