/**
 * RSS: the comparisons and article pages, newest first. `context.site` lacks the base path,
 * so the channel link is built from `siteUrl`; item links are absolute too.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { editionPaths, getArticles, getComparisons } from '../../build/entries.ts';
import { pageDates, siteUrl } from '../../build/page-meta.ts';
import { articleRecord, comparisonRecord } from '../../build/trust.ts';
import { dateSpan, partialDate } from '../../lib/partial-date.ts';
import { xmlText } from '../../lib/trust/change-feed.ts';
import { routes } from '../../lib/urls.ts';
import { messagesOf, localRoute } from '../../site.ts';
import { articleData, comparisonData } from '../../build/analysis-state.ts';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ params }) => {
  const m = messagesOf(params.lang);
  const dates = await pageDates();
  // A partial date is published on its first day; RSS needs a full date-time, UTC midnight.
  const pubDate = (route: string) => new Date(dateSpan(partialDate(dates.get(route)!.published)).start);
  const items = [
    // Each description ends with the page's verification record in one line.
    ...(await Promise.all(
      (await getComparisons()).map(async (c) => ({
        route: routes.comparison(c.id),
        title: comparisonData(c.id, c.data, m).title,
        description: `${comparisonData(c.id, c.data, m).dek} ${(await comparisonRecord(c, m)).line}`,
        categories: ['comparison'],
      })),
    )),
    ...(await getArticles()).map((a) => ({
      route: routes.article(a.id),
      title: articleData(a, m).title,
      description: `${articleData(a, m).dek} ${articleRecord(a, m).line}`,
      categories: ['article', articleData(a, m).initiative.name],
    })),
  ];
  return rss({
    title: m.t('site.name'),
    description: m.t('site.description'),
    site: siteUrl(localRoute(routes.home(), m)),
    customData: `<language>${m.lang}</language>`,
    items: items
      .map((item) => ({
        title: xmlText(item.title),
        description: xmlText(item.description),
        link: siteUrl(localRoute(item.route, m)),
        pubDate: pubDate(item.route),
        categories: item.categories.map(xmlText),
      }))
      .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link, 'en')),
  });
};
