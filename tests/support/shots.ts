import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where browser tests leave screenshots for a person to look at (outside the repository). */
export const SHOTS = path.join(tmpdir(), 'reserve-currencies-shots');
// Made here, so a test run on its own (or first) can write into it.
mkdirSync(SHOTS, { recursive: true });

/** The path of one screenshot in SHOTS. */
export const shot = (name: string) => path.join(SHOTS, name);
