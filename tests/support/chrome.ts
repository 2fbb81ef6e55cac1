import { accessSync, constants } from 'node:fs';

/** Where Chromium or Chrome usually lives on Linux and macOS, in the order tried. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser the tests and the bench drive: `CHROME_PATH` when it is set,
 * otherwise the first Chromium or Chrome found in the usual places; undefined
 * when there is none.
 */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env['CHROME_PATH'];
  if (chosen) return executable(chosen) ? chosen : undefined;
  return CANDIDATES.find(executable);
}
