const germanTranscriptions: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The forms under which a text can be found when case and accents are ignored: `München` is found as
 * `münchen`, `Muenchen`, `MUNCHEN` and `munchen`. Returns the distinct folded forms.
 */
export function foldedForms(text: string): string[] {
  const lower = text.normalize('NFC').toLocaleLowerCase('und');
  const transcribed = stripMarks(
    lower.replace(/[äöüß]/g, (letter) => germanTranscriptions[letter] ?? letter),
  );
  return [...new Set([stripMarks(lower), transcribed])];
}

/** One folded form for a search query: lower case, no accents. */
export function foldQuery(query: string): string {
  return stripMarks(query.normalize('NFC').toLocaleLowerCase('und').replace(/ß/g, 'ss')).trim();
}

function stripMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
