/** A migration rewrites the parameters of an older URL into the current form. */
export type Migration = (params: URLSearchParams) => URLSearchParams;

/** Reads and writes one field of a view's state in the URL. */
export interface FieldCodec<T> {
  /** The query parameter's name. */
  key: string;
  /** Reads the raw value; returns `undefined` for anything invalid, so the default applies. */
  parse: (raw: string) => T | undefined;
  /** Writes the value. */
  format: (value: T) => string;
  /** Equality with the default decides whether the field is written at all. */
  equals: (a: T, b: T) => boolean;
}

/** The query parameter that carries a link's format version. */
export const VERSION_KEY = 'v';

/**
 * A view's URL format version and the migrations that bring older links up to it.
 * `upgrades[n]` turns a version-n link into version n + 1. A link without `v` is
 * version 1, so `v` is written only once a view's format has changed at least once.
 */
export interface Versioning {
  current: number;
  upgrades: Readonly<Record<number, Migration>>;
}

/** Applies the upgrades a link needs, by its `v` (absent, junk or from the future: read as current), and drops `v`. */
export function upgradeTo({ current, upgrades }: Versioning): Migration {
  return (params) => {
    let out = new URLSearchParams(params);
    const raw = out.get(VERSION_KEY);
    out.delete(VERSION_KEY);
    const from = raw === null ? 1 : /^\d{1,3}$/.test(raw) ? Math.min(Number(raw), current) : current;
    for (let v = Math.max(1, from); v < current; v++) out = upgrades[v]?.(out) ?? out;
    return out;
  };
}

/** A URL codec for one view: parse never throws, format writes only what differs from the defaults. */
export interface StateCodec<S> {
  defaults: S;
  /** The URL format version `format` writes (as `v`, once it passes 1). */
  version: number;
  parse: (search: string | URLSearchParams) => S;
  format: (state: S) => string;
}

/**
 * Builds a codec from one field codec per state key (the `Record` makes a new
 * key impossible to leave unmapped), the URL format's versioning, and repairs
 * that apply to links of any version (hand-typed spellings, say).
 */
export function defineCodec<S extends object>(
  defaults: S,
  fields: { [K in keyof S]: FieldCodec<S[K]> },
  migrations: readonly Migration[] = [],
  versioning: Versioning = { current: 1, upgrades: {} },
): StateCodec<S> {
  const keys = Object.keys(fields) as (keyof S)[];
  const upgrade = upgradeTo(versioning);
  return {
    defaults,
    version: versioning.current,
    parse(search) {
      let params = upgrade(toParams(search));
      for (const migrate of migrations) params = migrate(params);
      const state = { ...defaults };
      for (const key of keys) {
        const field = fields[key];
        const raw = params.get(field.key);
        if (raw === null) continue;
        const value = field.parse(raw);
        if (value !== undefined) state[key] = value;
      }
      return state;
    },
    format(state) {
      const params = new URLSearchParams();
      if (versioning.current > 1) params.set(VERSION_KEY, String(versioning.current));
      for (const key of keys) {
        const field = fields[key];
        if (!field.equals(state[key], defaults[key])) params.set(field.key, field.format(state[key]));
      }
      const text = params.size > (versioning.current > 1 ? 1 : 0) ? params.toString() : '';
      return text ? `?${text}` : '';
    },
  };
}

/** A whole year within bounds. */
export function yearField(key: string, min: number, max: number): FieldCodec<number> {
  return {
    key,
    parse: (raw) => (/^-?\d{1,4}$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : undefined),
    format: String,
    equals: (a, b) => a === b,
  };
}

/** A comma-separated subset of allowed values, kept in the allowed order; unknown values are dropped. */
export function setField<T extends string>(key: string, allowed: readonly T[]): FieldCodec<T[]> {
  return {
    key,
    parse: (raw) => {
      const wanted = new Set(raw.split(','));
      const values = allowed.filter((v) => wanted.has(v));
      return values.length > 0 ? values : undefined;
    },
    format: (values) => values.join(','),
    equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
  };
}

/** A kebab-case id, or `''` for none. */
export function idField(key: string): FieldCodec<string> {
  return {
    key,
    parse: (raw) => (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw) && raw.length <= 80 ? raw : undefined),
    format: (v) => v,
    equals: (a, b) => a === b,
  };
}

/** Control characters and bidirectional overrides: nothing a reader types into a search, and a way to disguise text. */
const UNSEEN = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** A surrogate without its partner (which a URL cannot carry: it would come back as U+FFFD). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Free text as a URL keeps it: no control characters, at most `maxLength` characters (code points), trimmed. */
export function cleanText(raw: string, maxLength: number): string {
  const chars = Array.from(raw.replace(LONE_SURROGATE, '\uFFFD').replace(UNSEEN, '').trim());
  return chars.slice(0, maxLength).join('').trim();
}

/** Free text of bounded length, trimmed; what comes back is always what the same URL would give again. */
export function textField(key: string, maxLength: number): FieldCodec<string> {
  return {
    key,
    parse: (raw) => cleanText(raw, maxLength),
    format: (v) => v,
    equals: (a, b) => a === b,
  };
}

/**
 * Reads a query string as parameters without throwing: `URLSearchParams` itself
 * never throws on a string, but broken percent-encoding (`%E0%A4%A`) decodes to
 * U+FFFD, and a non-string (a caller's mistake) is read as no parameters at all.
 */
export function toParams(search: unknown): URLSearchParams {
  if (search instanceof URLSearchParams) return new URLSearchParams(search);
  return typeof search === 'string' ? new URLSearchParams(search) : new URLSearchParams();
}
