// What each voice was seen to do on this device, kept between visits: whether it reported
// the words it spoke (the word highlight follows them), whether it spoke while the device
// was offline, and its pace. The voice panel shows them and ranks by them.

/** Where the habits are kept: one JSON value (platform/web-storage's storageNote is one). */
export interface HabitsNote {
  read(): unknown;
  write(value: unknown): unknown;
}

/** What a voice was seen to do. */
export interface VoiceHabit {
  /** It sent word boundaries: the word being spoken can be highlighted. */
  words?: true;
  /** It was heard to the end while the device was offline. */
  offline?: true;
  /** Characters a second at rate 1, as last heard. */
  pace?: number;
}

/** A pace changed by less than this (characters a second) is not written again. */
const PACE_NOTE_STEP = 0.5;

export class VoiceHabits {
  #habits = $state<Record<string, VoiceHabit>>({});
  #note: HabitsNote | null;

  /** `note`: where the habits are kept between visits (none: for the visit only). */
  constructor(note: HabitsNote | null = null) {
    this.#note = note;
    const stored = note?.read();
    if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
      for (const [id, habit] of Object.entries(stored as Record<string, unknown>)) {
        const read = readHabit(habit);
        if (read) this.#habits[id] = read;
      }
    }
  }

  of(voiceId: string): VoiceHabit | undefined {
    return this.#habits[voiceId];
  }

  /** The voice reported a spoken word. */
  heardWords(voiceId: string): void {
    if (this.#habits[voiceId]?.words) return;
    this.#change(voiceId, { words: true });
  }

  /** The voice spoke a chunk to its end while the device was offline. */
  heardOffline(voiceId: string): void {
    if (this.#habits[voiceId]?.offline) return;
    this.#change(voiceId, { offline: true });
  }

  /** The voice's pace now (VoicePaces keeps the running average). */
  heardPace(voiceId: string, pace: number | undefined): void {
    if (pace === undefined) return;
    const before = this.#habits[voiceId]?.pace;
    if (before !== undefined && Math.abs(before - pace) < PACE_NOTE_STEP) return;
    this.#change(voiceId, { pace: Math.round(pace * 10) / 10 });
  }

  #change(voiceId: string, change: VoiceHabit): void {
    this.#habits[voiceId] = { ...this.#habits[voiceId], ...change };
    this.#note?.write(this.#habits);
  }
}

function readHabit(value: unknown): VoiceHabit | null {
  if (typeof value !== 'object' || value === null) return null;
  const { words, offline, pace } = value as Record<string, unknown>;
  const habit: VoiceHabit = {};
  if (words === true) habit.words = true;
  if (offline === true) habit.offline = true;
  if (typeof pace === 'number' && pace > 0 && Number.isFinite(pace)) habit.pace = pace;
  return habit;
}
