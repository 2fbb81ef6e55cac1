import { describe, expect, it } from 'vitest';
import { codeSpans, noteParagraphs } from '../../src/lib/noteText';

describe('codeSpans', () => {
  it('cuts a note into prose and the code spans it writes with backticks', () => {
    expect(codeSpans('filter on `vintage` and `basis`.')).toEqual([
      { text: 'filter on ', code: false },
      { text: 'vintage', code: true },
      { text: ' and ', code: false },
      { text: 'basis', code: true },
      { text: '.', code: false },
    ]);
    expect(codeSpans('`2026-07`: the release')).toEqual([
      { text: '2026-07', code: true },
      { text: ': the release', code: false },
    ]);
  });

  it('leaves a text without code spans, or with a lone backtick, as prose', () => {
    expect(codeSpans('No code here.')).toEqual([{ text: 'No code here.', code: false }]);
    expect(codeSpans('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });
});

describe('noteParagraphs', () => {
  it('reads a line wrapped by hand as a space, and starts a paragraph at a code span or after a finished sentence', () => {
    const notes = [
      'Each release is kept as its own series; filter on `vintage`.',
      '`2026-07`: the IMF COFER release of 1 July 2026. In 2025 the IMF',
      'eliminated "unallocated" reserves',
      '(2024 Q4 US dollar: 58.41 here).',
      'Before 1993 nothing is included:',
      'the figures could not be traced.',
      '',
    ].join('\n');
    expect(noteParagraphs(notes)).toEqual([
      'Each release is kept as its own series; filter on `vintage`.',
      '`2026-07`: the IMF COFER release of 1 July 2026. In 2025 the IMF eliminated "unallocated" reserves (2024 Q4 US dollar: 58.41 here).',
      'Before 1993 nothing is included: the figures could not be traced.',
    ]);
  });

  it('keeps a note of one line as one paragraph, and an empty note as none', () => {
    expect(noteParagraphs('One line.\n')).toEqual(['One line.']);
    expect(noteParagraphs('')).toEqual([]);
  });
});
