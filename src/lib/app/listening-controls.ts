// The listener's controls over how reading goes on (study stops, repeats, pauses, the A–B
// loop) and "Where am I?", each said once when used: from their keys (Reader.run loads this
// at the first one) and from the voice panel, which imports it. A first Play needs none.
import type { Reader } from './reader.svelte';
import type { ShortcutAction } from '../settings/shortcuts';
import { MAX_REPEAT, loopText, placeText, type ListeningMode } from '../speech/listening-mode';
import { formatDuration } from '../speech/reading-progress.svelte';
import { headingAbove } from '../text/navigation';

/** The keys this module answers (the loop's ends are set by the Reader, said here). */
export type ListeningKey = Extract<
  ShortcutAction,
  'where-am-i' | 'study-stops' | 'repeat' | 'clear-loop'
>;

export function runListeningKey(reader: Reader, key: ListeningKey): void {
  const listening = reader.player.listening;
  switch (key) {
    case 'where-am-i':
      return sayWhereAmI(reader);
    case 'study-stops':
      return setListening(reader, { stopAfterEach: nextStudyStop(listening.stopAfterEach) });
    case 'repeat':
      return setListening(reader, { repeat: (listening.repeat % MAX_REPEAT) + 1 });
    case 'clear-loop':
      return clearLoop(reader);
  }
}

/**
 * "Where am I?": the article, the heading its place is under, the paragraph and the time
 * left, said without moving anything or stopping the speech.
 */
export function sayWhereAmI({ player, announcer }: Reader): void {
  const article = player.article;
  if (!article) return;
  const heading = headingAbove(article, player.paragraph);
  const headingText = heading > 0 ? article.blocks[heading]?.text.trim() : undefined;
  const timeLeft = `${formatDuration(player.progress.secondsLeft)} left`;
  const parts = [
    article.title,
    headingText && headingText !== article.title ? `Under “${headingText}”` : null,
    `Paragraph ${player.paragraph + 1} of ${article.length}`,
    timeLeft.charAt(0).toUpperCase() + timeLeft.slice(1),
  ];
  announcer.announce(`${parts.filter(Boolean).join('. ')}.`);
}

/**
 * Changes the way of listening (pauses, study stops, repeats), for this reading at once and
 * remembered; a study stop or a repeat turned on or off is said, once.
 */
export function setListening(
  { player, preferences, announcer }: Reader,
  change: Partial<ListeningMode>,
): void {
  const before = preferences.listening;
  const next = { ...before, ...change };
  preferences.setListening(next);
  player.listening = next;
  if (next.stopAfterEach !== before.stopAfterEach) {
    announcer.announce(
      next.stopAfterEach
        ? `Study mode: reading pauses after each ${next.stopAfterEach}. Play goes on.`
        : 'Study mode off: reading goes on by itself.',
    );
  }
  if (next.repeat !== before.repeat) {
    announcer.announce(
      next.repeat > 1
        ? `Each sentence is said ${next.repeat} times.`
        : 'Each sentence is said once.',
    );
  }
}

/** Sets the loop's start (A) or end (B) at the sentence being read, and says where it is. */
export function setLoop(reader: Reader, end: 'start' | 'end'): void {
  if (!reader.player.article) return;
  if (end === 'start') reader.player.setLoopStart();
  else reader.player.setLoopEnd();
  sayLoop(reader);
}

/** Says the loop as it is: where it starts, or the range it reads over and over. */
export function sayLoop({ player, announcer }: Reader): void {
  const loop = player.loop;
  if (!loop) return;
  announcer.announce(
    loop.to
      ? `${loopText(loop)}.`
      : `Loop starts at ${placeText(loop.from)}. Set its end with B where it should end.`,
  );
}

export function clearLoop({ player, announcer }: Reader): void {
  if (!player.loop) return;
  player.clearLoop();
  announcer.announce('Loop cleared: reading goes on to the end.');
}

/** Study stops, as the key goes round them: none, each sentence, each paragraph. */
function nextStudyStop(stop: ListeningMode['stopAfterEach']): ListeningMode['stopAfterEach'] {
  return stop === null ? 'sentence' : stop === 'sentence' ? 'paragraph' : null;
}
