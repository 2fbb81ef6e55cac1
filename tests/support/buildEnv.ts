/**
 * The environment for a production build started from a test. Vitest puts
 * Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV=test) into
 * process.env; a child build would read BASE_URL from there and render links
 * for the wrong base, so they are removed.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, ...extra };
}
