import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from '../support/browser.ts';
import { findChrome } from '../support/chrome.ts';
import { FIRST_VISIT } from './sideBySide.ts';

/** Lighthouse's figures for one page, in its default mobile emulation (Moto G Power, slow 4G, 4× CPU slowdown, simulated). */
export interface LighthouseRow {
  page: string;
  /** Performance score, 0–100. */
  score: number;
  /** First Contentful Paint, Largest Contentful Paint and Total Blocking Time, ms. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Bytes the page transferred (the benchmark serves text gzip-compressed, as a host would). */
  bytes: number;
}

/** Runs Lighthouse (performance only, mobile) on each page under `base`, one Chromium for all. */
export async function lighthouseRows(base: string, pages: string[]): Promise<LighthouseRow[]> {
  const chrome = await launch({
    chromePath: findChrome() ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_FLAGS,
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(base + page.replace(/^\//, ''), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        clearStorageTypes: [...FIRST_VISIT],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      const { audits, categories } = result.lhr;
      const value = (id: string) => audits[id]?.numericValue ?? NaN;
      rows.push({
        page,
        score: Math.round((categories['performance']?.score ?? 0) * 100),
        fcp: value('first-contentful-paint'),
        lcp: value('largest-contentful-paint'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
        bytes: value('total-byte-weight'),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
