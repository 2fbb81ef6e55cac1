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

/** A URL codec for one view: parse never throws, format writes only what differs from the defaults. */
export interface StateCodec<S> {
  defaults: S;
  parse: (search: string | URLSearchParams) => S;
  format: (state: S) => string;
}

/**
 * Builds a codec from one field codec per state key (the `Record` makes a new
 * key impossible to leave unmapped) and a list of migrations for old links.
 */
export function defineCodec<S extends object>(
  defaults: S,
  fields: { [K in keyof S]: FieldCodec<S[K]> },
  migrations: readonly Migration[] = [],
): StateCodec<S> {
  const keys = Object.keys(fields) as (keyof S)[];
  return {
    defaults,
    parse(search) {
      let params = new URLSearchParams(search);
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
      for (const key of keys) {
        const field = fields[key];
        if (!field.equals(state[key], defaults[key])) params.set(field.key, field.format(state[key]));
      }
      const text = params.toString();
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

/** Free text of bounded length, trimmed. */
export function textField(key: string, maxLength: number): FieldCodec<string> {
  return {
    key,
    parse: (raw) => raw.trim().slice(0, maxLength),
    format: (v) => v,
    equals: (a, b) => a === b,
  };
}
