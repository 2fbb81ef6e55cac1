import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where browser tests leave screenshots for a person to look at (outside the repository). */
export const SHOTS = path.join(tmpdir(), 'reserve-currencies-shots');

/** The path of one screenshot in SHOTS. */
export const shot = (name: string) => path.join(SHOTS, name);
