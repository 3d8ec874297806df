// Whether a quotation is still open decides if "…" is a pause inside it or the end of a
// sentence: a wrong answer cuts a quotation in two or runs two sentences together.
import { describe, expect, it } from 'vitest';
import { QuoteTracker } from '../../../../src/lib/text/sentences/quotes';

describe('a quotation opened with curly or angle quotes', () => {
  it.each([
    ['“', '”'],
    ['„', '”'],
    ['«', '»'],
    ['「', '」'],
    ['『', '』'],
  ])('is open after %s and closed after its closing mark', (open, close) => {
    const text = `She said ${open}wait${close} and left.`;
    const quotes = new QuoteTracker(text);
    expect(quotes.isOpen(0, text.indexOf('wait'))).toBe(true);
    expect(quotes.isOpen(0, text.indexOf('and'))).toBe(false);
  });

  it.each([
    ['German', '„', '“'],
    ['German, with guillemets', '»', '«'],
    ['Polish', '„', '”'],
    ['Swedish', '»', '»'],
  ])('is closed by the %s closing mark', (_, open, close) => {
    const text = `Sie sagte ${open}warte${close} und ging.`;
    const quotes = new QuoteTracker(text);
    expect(quotes.isOpen(0, text.indexOf('warte'))).toBe(true);
    expect(quotes.isOpen(0, text.indexOf('und'))).toBe(false);
  });

  it('is closed by a closing mark that does not match its opening one (a typo)', () => {
    for (const text of ['She said “wait» and left.', 'She said 「wait” and left.']) {
      expect(new QuoteTracker(text).isOpen(0, text.indexOf('and'))).toBe(false);
    }
  });

  it('takes “ for an opening mark where no „ is open', () => {
    const text = '„Ja“, sagte er, “no';
    expect(new QuoteTracker(text).isOpen(0, text.length)).toBe(true);
  });

  it('passes over a stray » that closes a quotation from the paragraph before', () => {
    const text = 'la fin.» Puis il partit';
    expect(new QuoteTracker(text).isOpen(0, text.length)).toBe(false);
    expect(new QuoteTracker('fin» ').isOpen(0, 5)).toBe(false);
    expect(new QuoteTracker('fin»').isOpen(0, 4)).toBe(false);
    expect(new QuoteTracker('fin», dit-il').isOpen(0, 12)).toBe(false);
    // One that opens with a trailing-off is no stray: »…und dann?«
    expect(new QuoteTracker('»…und').isOpen(0, 5)).toBe(true);
  });

  it('stays open until every nested quotation has closed', () => {
    const text = '«He said “go” twice» and left.';
    const quotes = new QuoteTracker(text);
    expect(quotes.isOpen(0, text.indexOf('go'))).toBe(true);
    expect(quotes.isOpen(0, text.indexOf('twice'))).toBe(true);
    expect(quotes.isOpen(0, text.indexOf('and'))).toBe(false);
  });

  it('is not kept closed by a stray closing mark before it opens', () => {
    // A quotation carried over from the paragraph before ends here, then a new one opens.
    const text = 'the end.” Then “we left';
    expect(new QuoteTracker(text).isOpen(0, text.length)).toBe(true);
  });
});

describe('a quotation in straight quotes', () => {
  it('is open after an odd number of them and closed after an even number', () => {
    const text = 'He said "go" and "stay';
    const quotes = new QuoteTracker(text);
    expect(quotes.isOpen(0, text.indexOf('go'))).toBe(true);
    expect(quotes.isOpen(0, text.indexOf('and'))).toBe(false);
    expect(quotes.isOpen(0, text.length)).toBe(true);
  });
});

describe('asking from different places', () => {
  it('is still open just before the closing mark', () => {
    const text = '“Stop” he said';
    expect(new QuoteTracker(text).isOpen(0, text.indexOf('”'))).toBe(true);
  });

  it('does not count a quote before where it is first asked to start', () => {
    expect(new QuoteTracker('«Non» dit-il').isOpen(1, 4)).toBe(false);
  });

  it('forgets a quotation opened before a later starting point', () => {
    const text = '“Yes, and no';
    const quotes = new QuoteTracker(text);
    expect(quotes.isOpen(0, 2)).toBe(true);
    expect(quotes.isOpen(5, text.length)).toBe(false);
  });

  it('counts only the quotes from where it is asked to start', () => {
    const text = '“One.” Two “three';
    const quotes = new QuoteTracker(text);
    expect(quotes.isOpen(0, 3)).toBe(true);
    expect(quotes.isOpen(text.indexOf('Two'), text.indexOf('three'))).toBe(true);
    expect(quotes.isOpen(text.indexOf('Two'), text.indexOf('Two') + 3)).toBe(false);
    expect(quotes.isOpen(3, text.indexOf('Two'))).toBe(false);
  });

  it('gives the same answer when asked again about an earlier point', () => {
    const text = '“One” two “three';
    const quotes = new QuoteTracker(text);
    expect(quotes.isOpen(0, text.length)).toBe(true);
    expect(quotes.isOpen(0, text.indexOf('two'))).toBe(false);
    expect(quotes.isOpen(0, 2)).toBe(true);
    expect(quotes.isOpen(0, text.length)).toBe(true);
  });
});
