import { describe, expect, it } from 'vitest';
import {
  findLink,
  isEmptyShare,
  sharedContent,
} from '../../../../src/lib/import/share/shared-content';

const ARTICLE =
  'The harbour council met on Tuesday. Residents asked about the schedule, the costs and the noise during the works, and the council promised answers by spring. The works start in May and last two years.';

function share(fields: Partial<{ title: string; text: string; url: string; files: File[] }>) {
  return sharedContent({ title: '', text: '', url: '', files: [], ...fields });
}

describe('a share from another app', () => {
  it('finds a link inside the text, without the sentence’s full stop', () => {
    expect(findLink('Read this: https://news.test/harbour?id=4. Soon!')).toBe(
      'https://news.test/harbour?id=4',
    );
    expect(findLink('(see https://news.test/a)')).toBe('https://news.test/a');
    expect(findLink('No address here.')).toBeNull();
  });

  it('reads shared words as an article with their title, the link at their end left out', () => {
    const content = share({
      title: 'Harbour notes',
      text: `${ARTICLE}\nhttps://news.test/harbour`,
    });
    expect(content.text).toEqual({ title: 'Harbour notes', body: ARTICLE });
    expect(content.link).toBe('https://news.test/harbour');
  });

  it('takes a link with only a caption for the link, not for an article', () => {
    const content = share({
      title: 'Harbour plans',
      text: 'Look at this https://news.test/harbour',
    });
    expect(content.text).toBeNull();
    expect(content.link).toBe('https://news.test/harbour');
    const headline =
      'Harbour plans approved after a long night of questions from residents of the bay';
    const titled = share({ title: headline, url: 'https://news.test/a', text: headline });
    expect(titled.text).toBeNull();
    expect(titled.link).toBe('https://news.test/a');
  });

  it('keeps shared files, not the empty file an unfilled field sends', () => {
    const file = new File(['Some words.'], 'notes.txt', { type: 'text/plain' });
    // An empty file shared by name is brought in, to be told it is empty; a nameless one
    // with content is a file too.
    const empty = new File([], 'empty.txt', { type: 'text/plain' });
    const nameless = new File(['More words.'], '', { type: 'text/plain' });
    const content = share({ files: [file, new File([], ''), empty, nameless] });
    expect(content.files).toEqual([file, empty, nameless]);
  });

  it('takes the fields as shared, with the space around them left out', () => {
    const content = share({
      title: '  Harbour notes \n',
      url: ' http://news.test/a ',
      text: ARTICLE,
    });
    expect(content.text).toEqual({ title: 'Harbour notes', body: ARTICLE });
    expect(content.link).toBe('http://news.test/a');
  });

  it('leaves out a link before the words, as after them', () => {
    const content = share({ text: `https://news.test/harbour\n${ARTICLE}` });
    expect(content.text?.body).toBe(ARTICLE);
    expect(content.link).toBe('https://news.test/harbour');
  });

  it('keeps a link inside the words as part of what is read', () => {
    const [start, end] = [ARTICLE.slice(0, 80), ARTICLE.slice(80)];
    const body = `${start} https://news.test/harbour ${end}`;
    expect(share({ text: body }).text?.body).toBe(body);
  });

  it('takes a page’s long title shared with its link for the link’s caption', () => {
    const headline = `${ARTICLE.slice(0, 120)}`;
    const content = share({ title: headline, text: `${headline} https://news.test/a` });
    expect(content.text).toBeNull();
    expect(content.link).toBe('https://news.test/a');
  });

  it('reads words shared with a link as an article from a hundred characters on', () => {
    const withLink = (length: number) =>
      share({ text: `${ARTICLE.slice(0, length - 1)}. https://news.test/a` });
    expect(withLink(99).text).toBeNull();
    expect(withLink(100).text?.body).toHaveLength(100);
  });

  it('knows an empty share', () => {
    expect(isEmptyShare(share({ title: '  ', text: ' ' }))).toBe(true);
    expect(isEmptyShare(share({ text: 'A few words.' }))).toBe(false);
    expect(isEmptyShare(share({ url: 'https://news.test/a' }))).toBe(false);
    expect(isEmptyShare(share({ files: [new File(['Words.'], 'a.txt')] }))).toBe(false);
  });
});
