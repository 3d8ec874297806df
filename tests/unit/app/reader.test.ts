import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Reader, statusText } from '../../../src/lib/app/reader.svelte';
import { Announcer } from '../../../src/lib/app/announcer.svelte';
import { FakeEngine, fakeVoice } from '../../../src/lib/speech/fake-engine';
import { NetworkStatus } from '../../../src/lib/platform/network-status.svelte';
import { Article } from '../../../src/lib/text/article';
import { createArticle } from '../../../src/lib/text/create-article';
import { memoryStorage } from '../support/memory-storage';
import { webStoragePreferences } from '../../../src/lib/settings/preferences-store';
import { segmentParagraph } from '../../../src/lib/text/sentences/segment';

const KEY = 'aloud.preferences.v1';

const VOICES = [
  fakeVoice({ name: 'Afrikaans espeak-ng', lang: 'af', isDefault: true }),
  fakeVoice({ name: 'English (America) espeak-ng', lang: 'en-US' }),
  fakeVoice({ name: 'English (Great Britain) espeak-ng', lang: 'en-GB' }),
  fakeVoice({ name: 'French (France) espeak-ng', lang: 'fr-FR' }),
];

function article(
  lang: string,
  text = 'The first sentence. The second one.\nA last line.',
  format: 'text' | 'markdown' = 'text',
): Article {
  const result = createArticle(text, { source: 'test', format, lang });
  if (!result) throw new Error('empty test article');
  return result;
}

function setup(storage = memoryStorage()) {
  const engine = new FakeEngine(VOICES);
  const reader = new Reader({
    engine,
    preferences: webStoragePreferences(storage),
    languages: ['en-US'],
  });
  const stop = reader.start();
  return { engine, reader, storage, stop };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Reader', () => {
  it('opens an article with the voice remembered for its language', () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({ voiceByLanguage: { en: 'English (Great Britain) espeak-ng' } }),
    });
    const { reader } = setup(storage);
    reader.open(article('en-US'));
    expect(reader.player.chosenVoiceId).toBe('English (Great Britain) espeak-ng');
    expect(reader.player.voice?.name).toBe('English (Great Britain) espeak-ng');
  });

  it("opens an article with no remembered voice with the best one for the person's region", () => {
    const { reader } = setup();
    reader.open(article('en'));
    expect(reader.player.chosenVoiceId).toBeNull();
    expect(reader.player.voice?.name).toBe('English (America) espeak-ng');
  });

  it('remembers a chosen voice per language, and uses it the next time', () => {
    const { reader, storage } = setup();
    reader.open(article('en'));
    reader.setVoice('English (Great Britain) espeak-ng');
    expect(reader.player.voice?.name).toBe('English (Great Britain) espeak-ng');

    reader.open(article('fr'));
    expect(reader.player.chosenVoiceId).toBeNull();
    expect(reader.player.voice?.name).toBe('French (France) espeak-ng');

    const later = setup(storage).reader;
    later.open(article('en-US'));
    expect(later.player.voice?.name).toBe('English (Great Britain) espeak-ng');
    expect(later.preferences.voiceByLanguage).toEqual({ en: 'English (Great Britain) espeak-ng' });
  });

  it('goes back to the automatic voice when the choice is cleared', () => {
    const { reader } = setup();
    reader.open(article('en'));
    reader.setVoice('English (Great Britain) espeak-ng');
    reader.setVoice(null);
    expect(reader.player.voice?.name).toBe('English (America) espeak-ng');
    expect(reader.preferences.voiceByLanguage).toEqual({});
  });

  it('starts at the remembered rate', () => {
    const { reader } = setup(memoryStorage({ [KEY]: JSON.stringify({ rate: 1.7 }) }));
    expect(reader.player.rate).toBe(1.7);
  });

  it('remembers a new rate, kept within range', () => {
    const { reader, storage } = setup();
    reader.setRate(1.3);
    expect(reader.player.rate).toBe(1.3);
    expect(setup(storage).reader.player.rate).toBe(1.3);
    reader.setRate(9);
    expect(reader.player.rate).toBe(4);
    expect(reader.preferences.rate).toBe(4);
  });

  it('speeds up and slows down by a twentieth, within 0.5 and 4', () => {
    const { reader } = setup();
    reader.run('faster');
    expect(reader.player.rate).toBe(1.05);
    expect(reader.preferences.rate).toBe(1.05);
    reader.run('slower');
    reader.run('slower');
    expect(reader.player.rate).toBe(0.95);

    reader.setRate(3.95);
    reader.run('faster');
    expect(reader.player.rate).toBe(4);
    reader.run('faster');
    expect(reader.player.rate).toBe(4);
    reader.setRate(0.5);
    reader.run('slower');
    expect(reader.player.rate).toBe(0.5);
    expect(reader.preferences.rate).toBe(0.5);
  });

  it('plays, pauses and moves on through shortcuts', () => {
    const { engine, reader } = setup();
    reader.open(article('en'));
    reader.run('toggle-play');
    expect(reader.player.status).toBe('playing');
    expect(engine.current?.request.text).toBe('The first sentence.');
    reader.run('next-sentence');
    expect(engine.current?.request.text).toBe('The second one.');
    reader.run('next-paragraph');
    expect(engine.current?.request.text).toBe('A last line.');
    reader.run('toggle-play');
    expect(reader.player.status).toBe('paused');
    reader.run('stop');
    expect(reader.player.status).toBe('idle');
    expect(reader.player.paragraph).toBe(0);
  });

  it('says what it is doing in words', async () => {
    const { engine, reader } = setup();
    reader.open(article('en'));
    expect(reader.statusText).toBe('Ready to read');
    reader.run('toggle-play');
    expect(reader.statusText).toBe('Playing');
    while (reader.player.status === 'playing') {
      engine.finish();
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(reader.statusText).toBe('Finished reading');
  });

  it('shows the error message when reading fails', async () => {
    const { engine, reader } = setup();
    reader.open(article('en'));
    reader.run('toggle-play');
    engine.fail('network');
    await vi.waitFor(() => expect(reader.player.status).toBe('error'));
    expect(reader.statusText).toBe(reader.player.errorMessage);
    expect(reader.statusText).toMatch(/network/);
  });

  /** A reader whose every announcement is kept, in order, as a screen reader would hear them. */
  function listened() {
    const announcer = new Announcer();
    const heard: string[] = [];
    const announce = announcer.announce.bind(announcer);
    announcer.announce = (message) => {
      heard.push(message);
      announce(message);
    };
    const reader = new Reader({ engine: new FakeEngine(VOICES), preferences: null, announcer });
    reader.start();
    return { reader, heard };
  }

  it('says where am I: the article, its heading, the paragraph and the time left, moving nothing', async () => {
    const { reader, heard } = listened();
    reader.open(
      article(
        'en',
        '# Tides\n\nThe sea rises.\n\n## Spring tides\n\nThey come twice a month. Yes.',
        'markdown',
      ),
    );
    reader.run('next-heading');
    reader.run('next-paragraph');
    reader.run('next-sentence');
    heard.length = 0;
    reader.run('where-am-i');
    await vi.dynamicImportSettled();
    expect(heard).toEqual(['Tides. Under “Spring tides”. Paragraph 4 of 4. Under a minute left.']);
    expect(reader.player.paragraph).toBe(3);
    expect(reader.player.sentence).toBe(1);
  });

  it('moves by heading with H and Shift+H, saying where', () => {
    const { reader, heard } = listened();
    reader.open(
      article('en', '# Tides\n\nThe sea rises.\n\n## Spring tides\n\nTwice a month.', 'markdown'),
    );
    reader.run('next-heading');
    expect(heard.at(-1)).toBe('Paragraph 3 of 4: Spring tides');
    reader.run('previous-heading');
    expect(heard.at(-1)).toBe('Paragraph 1 of 4: Tides');
  });

  it('sets the loop where reading is at each key press, however fast the keys come', async () => {
    const { reader } = listened();
    reader.open(article('en', 'One. Two. Three.\nFour.'));
    for (const key of ['next-sentence', 'loop-start', 'next-sentence', 'loop-end'] as const) {
      reader.run(key);
    }
    await vi.dynamicImportSettled();
    expect(reader.player.loop).toEqual({
      from: { paragraph: 0, sentence: 1 },
      to: { paragraph: 0, sentence: 2 },
    });
  });

  it('says a study stop, a repeat and a loop once when set, and keeps the mode', async () => {
    const { reader, heard } = listened();
    reader.open(article('en'));
    for (const key of ['study-stops', 'repeat', 'loop-start', 'next-sentence'] as const) {
      reader.run(key);
      await vi.dynamicImportSettled();
    }
    for (const key of ['loop-end', 'clear-loop', 'clear-loop'] as const) {
      reader.run(key);
      await vi.dynamicImportSettled();
    }
    expect(heard.filter((words) => !words.startsWith('Paragraph'))).toEqual([
      'Study mode: reading pauses after each sentence. Play goes on.',
      'Each sentence is said 2 times.',
      'Loop starts at paragraph 1, sentence 1. Set its end with B where it should end.',
      'Looping from paragraph 1, sentence 1 to paragraph 1, sentence 2.',
      'Loop cleared: reading goes on to the end.',
    ]);
    expect(reader.preferences.listening).toMatchObject({ stopAfterEach: 'sentence', repeat: 2 });
    expect(reader.player.listening).toBe(reader.preferences.listening);
  });

  it('says where a move while paused leads, and Pause and Stop, but not Play: the speech is its answer', () => {
    const { reader, heard } = listened();
    reader.open(article('en', 'The first sentence. The second one.\nA last line.\nAnd one more.'));
    reader.run('next-paragraph');
    reader.run('next-sentence');
    reader.run('toggle-play');
    reader.run('toggle-play');
    reader.run('previous-paragraph');
    reader.run('stop');
    expect(heard).toEqual([
      'Paragraph 2 of 3: A last line.',
      'Paragraph 3 of 3: And one more.',
      'Paused',
      'Paragraph 2 of 3: A last line.',
      'Stopped',
    ]);
  });

  it('says nothing of a move while reading: the speech moves with it', () => {
    const { reader, heard } = listened();
    reader.open(article('en'));
    reader.run('toggle-play');
    reader.run('next-sentence');
    reader.run('next-paragraph');
    expect(heard).toEqual([]);
  });

  it('says the speed once, after a burst of key presses', async () => {
    const { reader, heard } = listened();
    reader.open(article('en'));
    reader.run('faster');
    reader.run('faster');
    await vi.advanceTimersByTimeAsync(100);
    reader.run('slower');
    expect(heard).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(heard).toEqual(['Speed 1.05 times']);
  });

  it('offline, reads with a local voice instead of a chosen network voice, and says so once', async () => {
    const cloud = fakeVoice({ name: 'Cloud English', lang: 'en-US', needsNetwork: true });
    const network = new NetworkStatus();
    const announcer = new Announcer();
    const engine = new FakeEngine([cloud, ...VOICES]);
    const reader = new Reader({ engine, preferences: null, announcer, network });
    reader.start();
    reader.open(article('en'));
    reader.setVoice('Cloud English');
    expect(reader.player.voice?.name).toBe('Cloud English');
    expect(reader.player.offlineReplaced).toBeNull();

    network.online = false;
    expect(reader.player.voice?.name).toBe('English (America) espeak-ng');
    expect(reader.player.offlineReplaced?.name).toBe('Cloud English');
    reader.run('toggle-play');
    expect(engine.spoken.at(-1)?.request.voiceId).toBe('English (America) espeak-ng');
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.message).toBe(
      'You are offline: reading with English (America) espeak-ng instead of Cloud English, which needs the network.',
    );
    reader.run('toggle-play');
    reader.run('toggle-play');
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.message).toBe('Paused'); // the note is not said again; Play says nothing

    // Back online, the chosen voice speaks again.
    network.online = true;
    expect(reader.player.voice?.name).toBe('Cloud English');
    expect(reader.preferences.voiceByLanguage.en).toBe('Cloud English');
  });

  it('advertises single-key shortcuts only while they are on, except ?', () => {
    const { reader } = setup();
    expect(reader.keyShortcuts('toggle-play')).toBe('K Space');
    expect(reader.keyShortcuts('faster')).toBe('Plus =');
    expect(reader.keyShortcuts('slower', 'faster')).toBe('- Plus =');
    reader.preferences.setSingleKeyShortcuts(false);
    expect(reader.keyShortcuts('toggle-play')).toBeUndefined();
    expect(reader.keyShortcuts('help')).toBe('?');
    expect(reader.keyShortcuts('slower', 'faster')).toBeUndefined();
  });

  it('stops watching for voices when stopped', () => {
    const engine = new FakeEngine([]);
    const reader = new Reader({ engine, preferences: null });
    const stop = reader.start();
    stop();
    engine.setVoices(VOICES);
    expect(reader.voices.status).toBe('loading');
  });
});

describe('what a listener hears from the Reader', () => {
  /** A reader whose every announcement is kept, in order; `voices` as the device has them. */
  function listening(voices = VOICES, storage: ReturnType<typeof memoryStorage> | null = null) {
    const announcer = new Announcer();
    const heard: string[] = [];
    const announce = announcer.announce.bind(announcer);
    announcer.announce = (message, important) => {
      heard.push(message);
      announce(message, important);
    };
    const engine = new FakeEngine(voices);
    const reader = new Reader({
      engine,
      preferences: storage ? webStoragePreferences(storage) : null,
      announcer,
      languages: ['en-US'],
    });
    reader.start();
    return { engine, reader, heard, announcer };
  }

  /** What is said again to someone coming back from a dialog opened before it all. */
  function saidAgain(announcer: Announcer, heard: string[]): string | undefined {
    const before = heard.length;
    announcer.sayAgainSince(0);
    return heard.length > before ? heard.at(-1) : undefined;
  }

  it('says the end of reading again to someone who was in a dialog, but not a pause', async () => {
    const { engine, reader, heard, announcer } = listening();
    reader.open(article('en'));
    reader.run('toggle-play');
    reader.run('toggle-play');
    expect(heard).toEqual(['Paused']);
    expect(saidAgain(announcer, heard)).toBeUndefined();
    reader.run('toggle-play');
    while (reader.player.status === 'playing') {
      engine.finish();
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(heard.at(-1)).toBe('Finished reading');
    expect(saidAgain(announcer, heard)).toBe('Finished reading');
  });

  it('says an error again to someone who was in a dialog', async () => {
    const { engine, reader, heard, announcer } = listening();
    reader.open(article('en'));
    reader.run('toggle-play');
    engine.fail('network');
    await vi.waitFor(() => expect(reader.player.status).toBe('error'));
    expect(saidAgain(announcer, heard)).toBe(reader.player.errorMessage);
  });

  it('while waiting for voices, says nothing of a move, and says Pause', () => {
    const { reader, heard } = listening([]);
    reader.open(article('en'));
    reader.run('toggle-play');
    expect(reader.player.status).toBe('waiting');
    reader.run('next-sentence');
    reader.run('toggle-play');
    expect(heard).toEqual(['Waiting for voices to load…', 'Paused']);
  });

  it('names the sentence a move leads to in a paragraph of several', () => {
    const { reader, heard } = listening();
    reader.open(article('en'));
    reader.run('next-sentence');
    reader.run('previous-sentence');
    expect(heard).toEqual([
      'Paragraph 1 of 2, sentence 2 of 2: The second one.',
      'Paragraph 1 of 2, sentence 1 of 2: The first sentence.',
    ]);
  });

  it('says only the place of a sentence too long to take in at once', () => {
    const { reader, heard } = listening();
    // 80 characters are still said; 81 are not.
    const eighty = `Short words ${'x'.repeat(67)}.`;
    const longer = `Longer words ${'x'.repeat(67)}.`;
    expect([eighty.length, longer.length]).toEqual([80, 81]);
    reader.open(article('en', `Start here.\n${eighty}\n${longer}`));
    reader.run('next-paragraph');
    reader.run('next-paragraph');
    expect(heard).toEqual([`Paragraph 2 of 3: ${eighty}`, 'Paragraph 3 of 3']);
  });

  it('offline with no local voice for the language, reads with the network voice and says no other does', async () => {
    const cloud = fakeVoice({ name: 'Cloud English', lang: 'en-US', needsNetwork: true });
    const french = fakeVoice({ name: 'French', lang: 'fr-FR' });
    const announcer = new Announcer();
    const engine = new FakeEngine([cloud, french]);
    const reader = new Reader({
      engine,
      preferences: null,
      announcer,
      network: { online: false },
    });
    reader.start();
    reader.open(article('en'));
    reader.run('toggle-play');
    await vi.advanceTimersByTimeAsync(200);
    expect(engine.spoken.at(-1)?.request.voiceId).toBe('Cloud English');
    expect(reader.player.offlineReplaced).toBeNull();
    expect(announcer.message).not.toContain('offline');
  });
});

describe('blocks in another language than the article’s', () => {
  const CANADA = fakeVoice({ name: 'French (Canada) espeak-ng', lang: 'fr-CA' });

  function mixed(): Article {
    return new Article(
      [
        { kind: 'paragraph', text: 'An English sentence.' },
        { kind: 'paragraph', text: 'Une phrase en français.', lang: 'fr' },
        { kind: 'paragraph', text: '日本語の文です。', lang: 'ja' },
      ],
      { source: 'test', title: 'Test', lang: 'en' },
      segmentParagraph,
    );
  }

  it('are read with the voice remembered for their language', () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({ voiceByLanguage: { fr: 'French (Canada) espeak-ng' } }),
    });
    const engine = new FakeEngine([...VOICES, CANADA]);
    const reader = new Reader({ engine, preferences: webStoragePreferences(storage) });
    reader.start();
    reader.open(mixed());
    reader.player.playFrom(1);
    expect(engine.current?.request.voiceId).toBe('French (Canada) espeak-ng');
  });

  it('with no voice for their language, are said to be read with the article’s voice', async () => {
    const announcer = new Announcer();
    const reader = new Reader({ engine: new FakeEngine(VOICES), preferences: null, announcer });
    reader.start();
    reader.open(mixed());
    reader.player.playFrom(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(announcer.message).toMatch(/^No voice on this device speaks Japanese/);
  });
});

describe('preferences taken from outside (a library import)', () => {
  const IMPORTED = {
    rate: 1.4,
    voiceByLanguage: { en: 'English (Great Britain) espeak-ng' },
  };

  it('apply the rate and the voice for the open article’s language at once', () => {
    const { reader } = setup();
    reader.open(article('en'));
    reader.applyPreferences(IMPORTED);
    expect(reader.player.rate).toBe(1.4);
    expect(reader.player.voice?.name).toBe('English (Great Britain) espeak-ng');
  });

  it('apply the rate with no article open, and its voice once one opens', () => {
    const { reader } = setup();
    reader.applyPreferences(IMPORTED);
    expect(reader.player.rate).toBe(1.4);
    reader.open(article('en'));
    expect(reader.player.voice?.name).toBe('English (Great Britain) espeak-ng');
  });
});

describe('a voice chosen before any article is open', () => {
  it('is used for now but remembered for no language', () => {
    const { reader } = setup();
    reader.setVoice('English (Great Britain) espeak-ng');
    expect(reader.player.chosenVoiceId).toBe('English (Great Britain) espeak-ng');
    expect(reader.preferences.voiceByLanguage).toEqual({});
  });
});

describe('statusText', () => {
  it.each([
    ['idle', 'Ready to read'],
    ['waiting', 'Waiting for voices to load…'],
    ['playing', 'Playing'],
    ['paused', 'Paused'],
    ['ended', 'Finished reading'],
  ] as const)('says %s as "%s"', (status, words) => {
    expect(statusText(status, null)).toBe(words);
  });

  it('gives the error message for an error, or a general one without a message', () => {
    expect(statusText('error', 'The voice needs the network.')).toBe(
      'The voice needs the network.',
    );
    expect(statusText('error', null)).toMatch(/error/i);
  });
});

describe('speech starts inside the person’s gesture', () => {
  // iOS Safari speaks only when speak() is called in the handler of the tap or key itself:
  // not after a timer, a promise or an effect. Each way to start reading must call it at once.
  const starts: [string, (reader: Reader) => void][] = [
    ['the Play button', (reader) => reader.player.play()],
    ['the play/pause toggle and its key', (reader) => reader.run('toggle-play')],
    ['a paragraph clicked or Enter on it', (reader) => reader.player.playFrom(1)],
    [
      'Play again after a pause',
      (reader) => {
        reader.player.play();
        reader.player.pause();
        reader.player.play();
      },
    ],
  ];

  for (const [name, start] of starts) {
    it(`${name}: speak() is called before the handler returns`, () => {
      const { engine, reader } = setup();
      reader.open(article('en'));
      const before = engine.spoken.length;
      start(reader);
      expect(engine.spoken.length).toBeGreaterThan(before);
      expect(reader.player.status).toBe('playing');
    });
  }
});

describe('the sleep timer, through the Reader', () => {
  it('is made the first time it is set, has the Player stop where asked, and turns off', async () => {
    const { reader } = setup();
    expect(reader.sleep).toBeNull();
    await reader.setSleep('paragraph');
    expect(reader.sleep?.choice).toBe('paragraph');
    expect(reader.player.stopAt).toBe('paragraph');
    const timer = reader.sleep;
    await reader.setSleep(null);
    expect(reader.sleep).toBe(timer);
    expect(reader.sleep?.choice).toBeNull();
    expect(reader.player.stopAt).toBeNull();
  });
});
