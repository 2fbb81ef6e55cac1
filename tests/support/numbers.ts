/**
 * What is wrong with the numbers in a text, as a reader reads them: a hyphen where a minus sign belongs ("-5.9 %"
 * for "−5.9 %"), or thousands not grouped ("$3500.00", "21000000"). A year ("1971"), a date ("2024-12") and a
 * decimal's digits ("0.00000001") are not numbers of that kind.
 */
export function misprinted(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?<![\w.,–-])-\d[\d.,]*/g)) found.push(`"${m[0]}" has a hyphen for a minus sign`);
  for (const m of text.matchAll(/\$\d{4,}|(?<![\d.,])\d{5,}/g)) found.push(`"${m[0]}" does not group its thousands`);
  return found;
}
