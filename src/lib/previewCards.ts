import { formatIsoDate } from './dates';
import { loadClaims, loadEventAliases, loadEvents } from './data';
import type { ChapterLead } from './previewLead';
import type { Claim } from '../schemas/claim';
import type { EventRow } from '../schemas/event';

/** Link preview size that Open Graph and Twitter cards both show uncropped. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** The eras a card can be coloured by (the site's era colours). */
export type PreviewEra = 'guilder' | 'sterling' | 'dollar' | 'bitcoin';

/** What a link preview image shows: a line above the title, the title, one sentence, an era colour. */
export interface PreviewCard {
  /** Path of the PNG under the site root, without a leading slash (`og/essay/the-dollar-era.png`). */
  image: string;
  /** Short line above the title (`Chapter 4 · 12 min read`, `Event · 15 August 1971`). */
  kicker: string;
  title: string;
  /** One sentence under the title; shortened to fit the card. */
  description: string;
  era?: PreviewEra;
  /** The page's own chart, drawn beside the title. */
  chart?: PreviewChart;
}

/** A chart on a card: drawn only when the image is not in the cache, which `key` (what it shows) names. */
export interface PreviewChart {
  /** The chart's title, for the image's text alternative. */
  title: string;
  /** Colours the drawing does not name itself (the comparative chart's eras), listed beside it. */
  legend?: { label: string; colour: string }[];
  /** Everything the drawing depends on, serialised: the same key always gives the same drawing. */
  key: string;
  /** The drawing, as the page's figure code makes it (an SVG element of a build-time document). */
  draw(): Element;
}

/** Where each kind of page finds its chart; `undefined` keeps a card to its title and summary. */
export interface PreviewCharts {
  chapter(chapter: ChapterInfo): PreviewChart | undefined;
  event(event: EventRow): PreviewChart | undefined;
  claim(claim: Claim): PreviewChart | undefined;
  page(path: string): PreviewChart | undefined;
}

const NO_CHARTS: PreviewCharts = {
  chapter: () => undefined,
  event: () => undefined,
  claim: () => undefined,
  page: () => undefined,
};
const withChart = (chart: PreviewChart | undefined) => (chart ? { chart } : {});

/** What the cards need to know about a chapter (from the content collection). */
export interface ChapterInfo {
  slug: string;
  title: string;
  description: string;
  order: number;
  era?: PreviewEra | undefined;
  /** Its first figure, which its preview image shows. */
  lead?: ChapterLead | undefined;
}

const SITE_DESCRIPTION =
  'Guilder, sterling, dollar: test the claim that reserve currencies rise and fall in a repeating pattern against cited data.';

/** Explorer and index pages with an image of their own, by page path. */
const PAGES: Record<string, Omit<PreviewCard, 'image'>> = {
  '/': {
    kicker: 'An interactive essay with open data',
    title: 'Reserve currencies: a history to test',
    description: SITE_DESCRIPTION,
  },
  '/timeline/': {
    kicker: 'Explore · Timeline',
    title: 'Four centuries of reserve currencies, event by event',
    description:
      'Every event of the guilder, sterling and dollar eras and after, dated and cited, on one zoomable line.',
  },
  '/triffin/': {
    kicker: 'Explore · Model',
    title: 'The Triffin dilemma, as a model to drive',
    description:
      'Supply the world with dollars and the gold behind them runs short: change the model and compare it with the record.',
  },
  '/compare/': {
    kicker: 'Explore · Comparative chart',
    title: 'Guilder, sterling and dollar on one clock',
    description: 'The three eras aligned by years since each began, with the dollar today marked.',
  },
  '/claims/': {
    kicker: 'The claim ledger',
    title: "The article's claims, each with a verdict",
    description:
      'Every claim of the essay checked against the record, with the evidence, the strongest counterpoint and the sources.',
  },
  '/classroom/': {
    kicker: 'Teach with it',
    title: 'Reserve currencies in the classroom',
    description: 'Lesson guides that use the essay, the data and the explorers.',
  },
};

/** The image every other page shows. */
export const SITE_IMAGE = 'og/site.png';

const pageImage = (path: string) => (path === '/' ? 'og/home.png' : `og/${path.replace(/^\/|\/$/g, '')}.png`);

/**
 * Every preview image the build draws: one per chapter, event (current ids), claim and explorer page, and the
 * site's own. `chapters` come from the content collection, events and claims from `data/`; `charts` picks each
 * page's own chart (the og route passes the figure code's; without it the cards carry text only).
 */
export function previewCards(chapters: readonly ChapterInfo[], charts: PreviewCharts = NO_CHARTS): PreviewCard[] {
  const total = chapters.length;
  return [
    {
      image: SITE_IMAGE,
      kicker: 'An interactive essay with open data',
      title: 'Reserve currencies: a history to test',
      description: SITE_DESCRIPTION,
    },
    ...Object.entries(PAGES).map(([path, card]) => ({
      ...card,
      image: pageImage(path),
      ...withChart(charts.page(path)),
    })),
    ...chapters.map((c) => ({
      image: `og/essay/${c.slug}.png`,
      kicker: `Chapter ${c.order} of ${total}`,
      title: c.title,
      description: c.description,
      ...(c.era ? { era: c.era } : {}),
      ...withChart(charts.chapter(c)),
    })),
    ...loadEvents().map((e) => ({
      image: `og/timeline/${e.id}.png`,
      kicker: `Event · ${formatIsoDate(e.date)}`,
      title: e.title,
      description: e.summary,
      era: e.era as PreviewEra,
      ...withChart(charts.event(e)),
    })),
    ...loadClaims().map((c) => ({
      image: `og/claims/${c.id}.png`,
      kicker: `Claim · ${c.verdict}`,
      title: c.claim_en,
      description: c.evidence,
      ...withChart(charts.claim(c)),
    })),
  ];
}

/**
 * The preview image of the page at `path` (a path without the site's base): its own card when it has one (a
 * merged event's old address shows the surviving event's), else the site's image.
 */
export function previewImageFor(path: string, chapterSlugs: readonly string[]): string {
  if (path in PAGES) return pageImage(path);
  const chapter = /^\/essay\/([^/]+)\/$/.exec(path)?.[1];
  if (chapter && chapterSlugs.includes(chapter)) return `og/essay/${chapter}.png`;
  const event = /^\/timeline\/([^/]+)\/$/.exec(path)?.[1];
  if (event) {
    const id = loadEventAliases().get(event) ?? event;
    if (loadEvents().some((e) => e.id === id)) return `og/timeline/${id}.png`;
  }
  const claim = /^\/claims\/([^/]+)\/$/.exec(path)?.[1];
  if (claim && loadClaims().some((c) => c.id === claim)) return `og/claims/${claim}.png`;
  return SITE_IMAGE;
}

/** The address a retired event id's page names as canonical: its surviving event's; `undefined` for any other path. */
export function mergedEventPath(path: string): string | undefined {
  const event = /^\/timeline\/([^/]+)\/$/.exec(path)?.[1];
  const into = event ? loadEventAliases().get(event) : undefined;
  return into ? `/timeline/${into}/` : undefined;
}
