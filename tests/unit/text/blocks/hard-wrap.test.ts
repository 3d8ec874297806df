import { describe, expect, it } from 'vitest';
import { isHardWrapped } from '../../../../src/lib/text/blocks/hard-wrap';
import { wrapLines, wrapParagraphs } from './word-wrap';

const LETTER = [
  'Thank you for the notes from the meeting on Tuesday, which reached me only this morning because the office network was down for most of the week and nobody could tell us when it would be back up again.',
  'I have read them twice now and I think the plan for the new library is sound, although the budget for the building work looks rather low to me and I would like to see the figures for the heating before we agree to anything at all.',
  'Could we meet next week to go through the numbers together, perhaps on Thursday afternoon if that suits you, and bring the drawings from the architect so that the others can see what we are talking about?',
];

/** A line of exactly `length` characters of lowercase prose, ending mid-sentence. */
function proseLine(length: number): string {
  return `${'the river ran high with the melt from the hills and '.repeat(5).slice(0, length - 1)}s`;
}

describe('text wrapped at a fixed width (e-mail, plain text files)', () => {
  it('is recognised at the common widths', () => {
    for (const width of [60, 72, 76, 80])
      expect(isHardWrapped(wrapParagraphs(LETTER, width))).toBe(true);
  });

  it('is recognised from paragraphs of only a few lines each, between blank lines', () => {
    const notes = [
      'The ferry did not run on Sunday because of the storm, and the island was cut off for the',
      'whole day, which nobody there seemed to mind very much at all, as far as we could tell.',
      '',
      'On Monday the boats went out again as usual and the post arrived with them, two days',
      'late but complete, and the shop could open again with fresh bread from the mainland.',
      '',
      'The harbour master says the new timetable will start in May, with an extra crossing in',
      'the evening for the people who work in town and want to be home before it gets dark.',
      '',
      'We shall see whether the council keeps its promise this time, as it did not last year',
      'when the same timetable was announced and then quietly dropped after only a few weeks.',
    ];
    expect(isHardWrapped(notes)).toBe(true);
  });

  it('is recognised when one line sticks out with a long link, wherever it is', () => {
    const lines = wrapLines(LETTER.join(' '), 72);
    const link = `see https://example.org/${'minutes/2025/'.repeat(8)}library.pdf`;
    for (let at = 0; at < lines.length - 1; at++) {
      expect(isHardWrapped(lines.toSpliced(at, 0, link))).toBe(true);
    }
  });

  it('is recognised when a sentence happens to end at the end of half its lines', () => {
    expect(
      isHardWrapped([
        `${proseLine(71)}.`,
        proseLine(72),
        `${proseLine(71)}.`,
        proseLine(72),
        'end',
      ]),
    ).toBe(true);
  });

  it('is recognised when up to a fifth of its lines are short', () => {
    expect(isHardWrapped([72, 72, 72, 72, 30, 20].map(proseLine))).toBe(true);
    expect(isHardWrapped([72, 72, 72, 47, 20].map(proseLine))).toBe(true);
  });

  it('is recognised in German, whose nouns start many lines with a capital', () => {
    const capitalised = (line: string): string => line[0]?.toUpperCase() + line.slice(1);
    const lines = Array.from({ length: 11 }, (_, i) =>
      i === 0 || i === 5 ? proseLine(72) : capitalised(proseLine(72)),
    );
    expect(isHardWrapped(lines)).toBe(true);
  });

  it('is recognised at the widest and narrowest widths people wrap at', () => {
    expect(isHardWrapped([100, 100, 100, 40].map(proseLine))).toBe(true);
    expect(isHardWrapped([50, 50, 50, 20].map(proseLine))).toBe(true);
  });

  it('is recognised from four lines (three that show the width), not from three', () => {
    const paragraph = wrapLines(LETTER[1] ?? '', 72);
    expect(isHardWrapped(paragraph.slice(0, 4))).toBe(true);
    expect(isHardWrapped(paragraph.slice(0, 3))).toBe(false);
  });
});

describe('text with one paragraph a line (copied from a web page or an app)', () => {
  it('is not taken for wrapped text', () => {
    expect(isHardWrapped(LETTER)).toBe(false);
  });

  it('is not taken for wrapped text when its lines are just too long to be wrapped', () => {
    expect(isHardWrapped([101, 101, 101, 40].map(proseLine))).toBe(false);
    expect(isHardWrapped([90, 90, 90, 90, 90, 90, 90, 90, 101, 101, 20].map(proseLine))).toBe(
      false,
    );
  });

  it('is not taken for wrapped text when its lines are of all lengths', () => {
    expect(isHardWrapped([72, 72, 72, 72, 30, 30, 20].map(proseLine))).toBe(false);
    expect(isHardWrapped([80, 80, 80, 130, 20].map(proseLine))).toBe(false);
  });

  it('is not taken for wrapped text when its lines are short, like verse', () => {
    const verse = [
      'The sea is calm tonight',
      'The tide is full, the moon lies fair',
      'Upon the straits; on the French coast the light',
      'Gleams and is gone; the cliffs of England stand',
      'Glimmering and vast, out in the tranquil bay',
    ];
    expect(isHardWrapped(verse)).toBe(false);
    expect(isHardWrapped([49, 49, 49, 20].map(proseLine))).toBe(false);
  });

  it('is not taken for wrapped text when most lines end a sentence', () => {
    const lines = [
      'The council met on Tuesday to settle the budget for the coming year.',
      'Three of the seven members wanted to spend more on the libraries!',
      'Would the others agree to that before the end of the month of March?',
      'The chair put it to a vote late in the evening, after a long debate:',
      'Only two of them voted against it; the rest were in favour of it all;',
      'One member said it was “the best news the town has had for years”',
      'The mayor called it ‘a fair deal for everyone who uses the branches’',
      'The local paper ran the story on its front page under «Books win»',
      'The libraries will open on Sundays from May (for a trial of a year)',
      'and the council will look at the figures again at the end of it',
    ];
    expect(isHardWrapped(lines)).toBe(false);
  });

  it('is not taken for wrapped text when every line starts with a capital, like headlines', () => {
    const headlines = [
      'City Council Approves Budget After a Late-Night Session Downtown',
      'Storm Knocks Out Power to Thousands Across the Eastern Suburbs',
      '“Local Library Extends Its Opening Hours Through the Summer Break',
      'New Bus Routes Start Monday as the Transit Plan Takes Effect Now',
      'High School Robotics Team Heads to the National Finals in Texas',
    ];
    expect(isHardWrapped(headlines)).toBe(false);
  });

  it('is not taken for wrapped text when its lines stand apart between blank lines', () => {
    const paragraphs = LETTER.flatMap((paragraph) => [paragraph.slice(0, 80), '']);
    expect(isHardWrapped(paragraphs)).toBe(false);
  });
});
