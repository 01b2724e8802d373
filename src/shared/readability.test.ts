import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReadabilityHint, ReadabilityHintKind, ReadabilityReport } from './readability.ts';
import { assessReadability, plainTextOfHtml } from './readability.ts';

const hard =
  'Die Anmeldung muss innerhalb von zwei Wochen nach dem Einzug bei der Meldebehörde vorgenommen werden. ' +
  'Hierfür ist die Vorlage eines gültigen Personalausweises oder Reisepasses sowie der ' +
  'Wohnungsgeberbestätigung erforderlich. Eine verspätete Anmeldung kann gemäß § 54 Bundesmeldegesetz ' +
  'mit einem Bußgeld von bis zu 1.000 Euro geahndet werden.';
const easy =
  'Sie ziehen um. Dann müssen Sie sich anmelden. Das geht im Bürger-Büro. Sie haben dafür 2 Wochen Zeit.';

/** Analyses a text and checks that every hint points at its own text. */
function assess(text: string, options?: Parameters<typeof assessReadability>[1]): ReadabilityReport {
  const report = assessReadability(text, options);
  for (const hint of report.hints) assert.equal(text.slice(hint.start, hint.end), hint.text, hint.kind);
  return report;
}

function hintsOf(text: string, kind: ReadabilityHintKind): ReadabilityHint[] {
  return assess(text).hints.filter((hint) => hint.kind === kind);
}

const textsOf = (text: string, kind: ReadabilityHintKind) => hintsOf(text, kind).map((hint) => hint.text);

describe('assessReadability', () => {
  it('scores an easy text well above a hard official one', () => {
    const easyReport = assess(easy);
    const hardReport = assess(hard);
    assert.ok(easyReport.score - hardReport.score >= 30, `${easyReport.score} vs ${hardReport.score}`);
    assert.equal(easyReport.level, 'very-easy');
    assert.ok(['difficult', 'very-difficult'].includes(hardReport.level), hardReport.level);
    assert.deepEqual(easyReport.hints, []);
    assert.equal(easyReport.sentences, 4);
    assert.equal(easyReport.words, 18);
    assert.equal(hardReport.sentences, 3);
  });

  it('follows the Amstad formula with German syllables', () => {
    // Sie(1) zie-hen(2) um(1) / Bür-ger-Bü-ro(4) hilft(1): 9 syllables, 5 words, 2 sentences.
    const report = assess('Sie ziehen um. Bürger-Büro hilft.');
    assert.equal(report.averageSentenceWords, 2.5);
    assert.equal(report.averageWordSyllables, 1.8);
    assert.equal(report.score, Math.round(180 - 2.5 - 58.5 * 1.8));
    assert.equal(assess('Die Meldebehörde verständigt die Ausländerbehörde.').averageWordSyllables, 3.2);
    assert.equal(assess('Eine neue Feier im Haus.').averageWordSyllables, 1.6);
  });

  it('gives empty text the best score and no hints', () => {
    for (const text of ['', '  \n ', 'https://www.ulm.de/anmelden']) {
      const report = assess(text);
      assert.deepEqual(
        [report.score, report.level, report.sentences, report.words],
        [100, 'very-easy', 0, 0],
      );
      assert.deepEqual([report.averageSentenceWords, report.averageWordSyllables, report.hints], [0, 0, []]);
    }
  });

  it('reports long sentences with their word count', () => {
    const [hint, ...others] = hintsOf(hard, 'long-sentence');
    assert.equal(hint?.text, hard.slice(0, hard.indexOf('werden.') + 7));
    assert.deepEqual(hint?.facts, { words: 15, limit: 12 });
    assert.equal(others.length, 2);
    assert.equal(
      assess(hard, { maxSentenceWords: 20 }).hints.filter((h) => h.kind === 'long-sentence').length,
      0,
    );
  });

  it('splits sentences at . ! ? : and line breaks but not after abbreviations, ordinals and numbers', () => {
    const count = (text: string) => assess(text).sentences;
    assert.equal(count('Bringen Sie z. B. den Pass mit. Das heißt d. h. alles.'), 2);
    assert.equal(count('Am 3. Oktober ist frei. Sie wohnen im 3. Stock.'), 2);
    assert.equal(count('Dr. Müller wohnt in der Hauptstr. 5 und hat Nr. 12.'), 1);
    assert.equal(count('Um 10.30 Uhr kostet es 2,5 Euro. Mo. bis Fr. offen.'), 2);
    assert.equal(count('Mehr unter www.ulm.de/a.b und info@buergerbuero.ulm.de. Danke!'), 2);
    assert.equal(count('Kitas, Schulen usw. Dann geht es los.'), 2);
    assert.equal(count('Wichtig: Bringen Sie den Pass mit! Haben Sie Fragen?'), 3);
    assert.equal(count('1. Gehen Sie zum Amt.\n2. Bringen Sie den Pass mit.\nDanke'), 3);
    assert.equal(count('Schritt 1. Gehen Sie hin.'), 2);
  });

  it('reports long words unless every part is short', () => {
    const text =
      'Die Aufenthaltserlaubnis gibt es im Bürger-Büro der Bundes·agentur, nicht beim Bundes-Ausländerzentralregister.';
    const hints = hintsOf(text, 'long-word');
    assert.deepEqual(
      hints.map((hint) => [hint.text, hint.facts.letters]),
      [
        ['Aufenthaltserlaubnis', 20],
        ['Bundes-Ausländerzentralregister', 24],
      ],
    );
    assert.deepEqual(textsOf('Kinderbetreuung und Bundes-Agentur.', 'long-word'), []);
    assert.equal(assess(text, { maxWordLetters: 30 }).hints.filter((h) => h.kind === 'long-word').length, 0);
  });

  it('finds passive voice from the werden form to the participle', () => {
    assert.deepEqual(textsOf(hard, 'passive-voice'), ['vorgenommen werden', 'geahndet werden']);
    const text =
      'Der Antrag wird vom Amt geprüft. Der Pass wurde gestern abgeholt. Der Brief ist verschickt worden. ' +
      'Sie bekommen Post, wenn der Antrag bearbeitet wird. Das Geld wird überwiesen. ' +
      'Die Straße wird gesperrt und umgeleitet. Wird der Antrag bewilligt? Der Antrag wird geprüft werden.';
    assert.deepEqual(textsOf(text, 'passive-voice'), [
      ...['wird vom Amt geprüft', 'wurde gestern abgeholt', 'verschickt worden', 'bearbeitet wird'],
      ...['wird überwiesen', 'wird gesperrt', 'Wird der Antrag bewilligt', 'wird geprüft werden'],
    ]);
    assert.deepEqual(hintsOf('Es wird gebaut.', 'passive-voice')[0]?.facts, {
      auxiliary: 'wird',
      participle: 'gebaut',
    });
  });

  it('does not take the future tense or werden as a full verb for passive', () => {
    const text =
      'Sie werden morgen kommen. Er wird Arzt. Es ist kalt geworden. Sie werden das Geld bekommen. ' +
      'Das Amt wird den Antrag genehmigen. Sie wird bestimmt kommen. Das wird bekannt. ' +
      'Sie werden die genauen Daten erhalten. Sie werden morgen gehen. Wir werden gezielt und schnell helfen. ' +
      'Sie werden die gesetzlichen und behördlichen Vorgaben beachten. Das Kind wird 6 Jahre alt.';
    assert.deepEqual(textsOf(text, 'passive-voice'), []);
  });

  it('flags number words, large numbers, percentages, fractions, Roman numerals and dates', () => {
    const text =
      'Drei Kinder und zwei Erwachsene, einundzwanzig Leute. Es gab 1.500.000 Euro für 15000 Menschen. ' +
      'Das sind 25 % oder zehn Prozent. Die Hälfte, 1/2 oder ½ zahlt. Es gilt SGB II ab dem 03.10.2026.';
    const hints = hintsOf(text, 'number').map((hint) => [hint.text, hint.facts]);
    assert.deepEqual(hints, [
      ['Drei', { kind: 'word', value: 3 }],
      ['zwei', { kind: 'word', value: 2 }],
      ['einundzwanzig', { kind: 'word', value: 21 }],
      ['1.500.000', { kind: 'large', digits: 7 }],
      ['15000', { kind: 'large', digits: 5 }],
      ['25 %', { kind: 'percent' }],
      ['zehn Prozent', { kind: 'percent' }],
      ['Hälfte', { kind: 'fraction' }],
      ['1/2', { kind: 'fraction' }],
      ['½', { kind: 'fraction' }],
      ['II', { kind: 'roman', value: 2 }],
      ['03.10.2026', { kind: 'date', day: 3, month: 10, year: 2026 }],
    ]);
    assert.deepEqual(textsOf('Ab 3.10. und ab 2026-10-03 geöffnet.', 'number'), ['3.10.', '2026-10-03']);
  });

  it('leaves years, postal codes, times, phone numbers, identifiers and addresses alone', () => {
    const text =
      'Am 3. Oktober 2026 ist frei. Das Rathaus, Marktplatz 1, 89073 Ulm, öffnet um 8:30 Uhr. ' +
      'Tel. 0731 161-0 oder +49 731 1610. Kundennummer: 1234567. Es kostet 37,50 Euro. ' +
      'Infos: https://www.ulm.de/seite/150000 oder info150000@ulm.de. Noch einmal: Die Acht ist rund.';
    assert.deepEqual(hintsOf(text, 'number'), []);
    assert.deepEqual(assess('Bitte 12.500 Euro zahlen.').hints[0]?.facts, { kind: 'large', digits: 5 });
  });

  it('orders hints by position, sentences before what they contain', () => {
    const { hints } = assess(hard);
    const starts = hints.map((hint) => hint.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(hints[0]?.kind, 'long-sentence');
  });

  it('analyses 20,000 characters fast enough to run while typing', () => {
    const paragraph = `${hard} ${easy} Am 3. Oktober, z. B. um 10 Uhr, www.ulm.de, 15000 Euro.\n`;
    const texts = [
      paragraph.repeat(Math.ceil(20_000 / paragraph.length)).slice(0, 20_000),
      'der Antrag wird geprüft und bearbeitet und wird '.repeat(420).slice(0, 20_000),
      'Wort'.repeat(5_000),
      'a. '.repeat(7_000),
    ];
    for (const text of texts) {
      assessReadability(text);
      const started = performance.now();
      const report = assessReadability(text);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < 200, `${elapsed.toFixed(1)} ms for ${text.slice(0, 20)}…`);
      assert.ok(report.words > 0);
    }
  });
});

describe('plainTextOfHtml', () => {
  it('ends a line at every block, removes tags and decodes entities', () => {
    const html =
      '<h2>Anmelden</h2>\n<p>Sie ziehen\num. Dann &amp; dort: <strong>B&uuml;rger</strong>-B&#252;ro&nbsp;&#x41;.</p>' +
      '<ul><li>Pass</li><li>Foto &lt;neu&gt; &quot;x&quot; &#39;y&#39;</li></ul><p>eins<br>zwei</p>' +
      '<table><tr><td>A</td><td>B</td></tr></table><script>alert(1)</script><!-- Notiz -->' +
      '<p><a href="/x" title="a > b">Link</a> &unknown; &constructor; &#0;</p>';
    assert.equal(
      plainTextOfHtml(html),
      'Anmelden\nSie ziehen um. Dann & dort: Bürger-Büro\u00a0A.\nPass\nFoto <neu> "x" \'y\'\neins\nzwei\nA\nB\n' +
        'Link &unknown; &constructor; \ufffd',
    );
  });

  it('gives text whose hints can be analysed', () => {
    const text = plainTextOfHtml('<h1>Umzug</h1><ul><li>Sie ziehen um</li><li>Melden Sie sich an</li></ul>');
    const report = assess(text);
    assert.equal(report.sentences, 3);
    assert.equal(report.level, 'very-easy');
  });
});
