/**
 * Run first by `npm test`: makes sure the browser tests' tools are there.
 * Chromium (or Chrome) drives the browser tests; a Java runtime runs the W3C
 * HTML checker; poppler-utils reads printed PDFs. Each is found where it usually lives; when one is missing and
 * this is Debian run as root, Debian's package is installed; otherwise the run
 * stops with one sentence saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChrome } from './chrome.ts';

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function aptInstall(pkg: string): boolean {
  console.log(`tools: installing Debian's ${pkg}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) =>
    spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', pkg]);
}

function hasJava(): boolean {
  return spawnSync(process.env['JAVA'] ?? 'java', ['-version'], { stdio: 'ignore' }).status === 0;
}

const missing: string[] = [];

if (!findChrome()) {
  if (process.env['CHROME_PATH'])
    missing.push(
      `set CHROME_PATH to a Chromium or Chrome binary (it names ${process.env['CHROME_PATH']}, which is not one)`,
    );
  else if (!(canApt && aptInstall('chromium') && findChrome()))
    missing.push(
      'Chromium or Chrome (Debian: `apt-get install chromium`; elsewhere install Chrome or set CHROME_PATH)',
    );
}
if (!hasJava() && !(canApt && aptInstall('default-jre-headless') && hasJava()))
  missing.push('install a Java runtime for the HTML checker (Debian: `apt-get install default-jre-headless`)');

// poppler-utils (pdfinfo, pdftotext, pdftoppm) reads the PDFs the print test makes.
const hasPoppler = () => spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
if (!hasPoppler() && !(canApt && aptInstall('poppler-utils') && hasPoppler()))
  missing.push('install poppler-utils for the print test (Debian: `apt-get install poppler-utils`)');

if (missing.length > 0) {
  console.error(`npm test cannot run its browser tests: ${missing.join('; and ')}.`);
  process.exit(1);
}
console.log(`tools: browser ${findChrome()}, Java and poppler-utils found`);
