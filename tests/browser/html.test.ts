import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/browser';

/** The W3C Nu HTML checker (vnu.jar from the npm package `vnu-jar`); `.ci/run` installs Java when it is missing. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const JAVA = process.env['JAVA'] ?? 'java';
const DIST = path.resolve('dist');

/** One message of the checker's JSON report. */
interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Runs the checker once over every HTML file in dir (one JVM start, not one per page) and returns its messages. */
function checkHtml(dir: string): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    // The checker exits with 1 when it finds errors; the report on stderr tells which.
    execFile(
      JAVA,
      ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', dir],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(new Error(`vnu.jar did not report (is Java installed?): ${error?.message ?? ''}\n${stderr}`));
        }
      },
    );
  });
}

/** `claims/index.html:1:4726: Duplicate ID "x". (extract)`, relative to dist/. */
function describeMessage(m: VnuMessage): string {
  const file = m.url ? path.relative(DIST, new URL(m.url).pathname) : '?';
  const where = `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
  const extract = m.extract ? ` (…${m.extract.replace(/\s+/g, ' ')}…)` : '';
  return `${where}: ${m.message}${extract}`;
}

describe('valid HTML', () => {
  it('the W3C Nu HTML checker finds 0 errors over every built page', { timeout: 300_000 }, async () => {
    expect(builtPages().length).toBeGreaterThan(10);
    const started = performance.now();
    const messages = await checkHtml(DIST);
    console.info(
      `vnu.jar checked ${builtPages().length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // HTML only: the checker also reads the CSS in each page's <style> (inlined by the build) against a CSS
    // grammar older than the site's (container queries, media-query ranges), which browsers all support.
    const errors = messages.filter(
      (m) =>
        (m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error') &&
        !m.message.startsWith('CSS:'),
    );
    expect(errors.map(describeMessage), errors.map(describeMessage).join('\n')).toEqual([]);
  });
});
