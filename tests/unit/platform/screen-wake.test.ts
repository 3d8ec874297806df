// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeEngine } from '../../../src/lib/speech/fake-engine';
import { Player } from '../../../src/lib/speech/player.svelte';
import { VoiceList } from '../../../src/lib/speech/voices/voice-list.svelte';
import { memoryStorage } from '../support/memory-storage';

afterEach(() => vi.unstubAllGlobals());

describe('screen wake', () => {
  it('reads no storage when it is loaded: the choice is in the preferences', async () => {
    const storage = memoryStorage({ 'aloud.keep-screen-on': 'true' });
    const getItem = vi.spyOn(storage, 'getItem');
    vi.stubGlobal('localStorage', storage);
    vi.resetModules();

    await import('../../../src/lib/platform/screen-wake.svelte');

    expect(getItem).not.toHaveBeenCalled();
  });

  it('wants the screen on as the preferences it is given say', async () => {
    vi.resetModules();
    const { screenWake } = await import('../../../src/lib/platform/screen-wake.svelte');
    expect(screenWake.wanted).toBe(false);
    const preferences = { keepScreenOn: true };
    const engine = new FakeEngine();
    const stop = screenWake.follow(
      new Player({ engine, voices: new VoiceList(engine) }),
      preferences,
    );
    expect(screenWake.wanted).toBe(true);
    preferences.keepScreenOn = false;
    expect(screenWake.wanted).toBe(false);
    stop();
  });
});
