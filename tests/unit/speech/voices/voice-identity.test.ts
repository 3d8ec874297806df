import { describe, expect, it } from 'vitest';
import { identifyVoices, type VoiceLabels } from '../../../../src/lib/speech/voices/voice-identity';

function voice(name: string, lang: string, voiceURI: string): VoiceLabels {
  return { voiceURI, name, lang };
}

const ids = (voices: readonly VoiceLabels[]) => identifyVoices(voices).map(({ id }) => id);

// WebKitGTK's flite voices: one language, no URI at all.
const FLITE = [
  voice('kal', 'en-US', ''),
  voice('slt', 'en-US', ''),
  voice('rms', 'en-US', ''),
  voice('awb', 'en-US', ''),
];

describe('a voice’s id', () => {
  it('is its voiceURI when no other voice has that URI, so that ids saved before still work', () => {
    const voices = [
      voice('Daniel', 'en-GB', 'com.apple.voice.compact.en-GB.Daniel'),
      voice('Google français', 'fr-FR', 'Google français'),
    ];
    expect(ids(voices)).toEqual(['com.apple.voice.compact.en-GB.Daniel', 'Google français']);
  });

  it('given every voice has an empty URI, is its name and language, one for each voice', () => {
    expect(ids(FLITE)).toEqual(['kal (en-US)', 'slt (en-US)', 'rms (en-US)', 'awb (en-US)']);
  });

  it('given one voice has an empty URI, is its name and language, never empty', () => {
    const voices = [voice('kal', 'en-US', ''), voice('Daniel', 'en-GB', 'urn:daniel')];
    expect(ids(voices)).toEqual(['kal (en-US)', 'urn:daniel']);
  });

  it('given two voices share a URI, is the name and language of each, not the URI', () => {
    const voices = [
      voice('Samantha', 'en-US', 'com.apple.voice.Samantha'),
      voice('Samantha (Enhanced)', 'en-US', 'com.apple.voice.Samantha'),
      voice('Thomas', 'fr-FR', 'com.apple.voice.Thomas'),
    ];
    expect(ids(voices)).toEqual([
      'Samantha (en-US)',
      'Samantha (Enhanced) (en-US)',
      'com.apple.voice.Thomas',
    ]);
  });

  it('given voices alike in URI, name and language, tells them apart by their order', () => {
    const voices = [
      voice('Alex', 'en-US', 'com.apple.Alex'),
      voice('Alex', 'en-US', 'com.apple.Alex'),
      voice('Alex', 'en-US', ''),
    ];
    expect(ids(voices)).toEqual(['Alex (en-US)', 'Alex (en-US) #2', 'Alex (en-US) #3']);
  });

  it('never takes the id of a voice whose own URI looks like a made-up one', () => {
    const voices = [voice('kal', 'en-US', ''), voice('Other', 'en-US', 'kal (en-US)')];
    expect(ids(voices)).toEqual(['kal (en-US) #2', 'kal (en-US)']);
  });

  it('is unique in every list, whatever the engine reports', () => {
    const voices = [
      ...FLITE,
      ...FLITE,
      voice('kal', 'en-US', 'kal (en-US) #2'),
      voice('', '', ''),
      voice('', '', ''),
    ];
    expect(new Set(ids(voices)).size).toBe(voices.length);
  });

  it('is the same each time the engine lists the same voices', () => {
    const again = FLITE.map((each) => ({ ...each }));
    expect(ids(again)).toEqual(ids(FLITE));
  });

  it('stays the same when voices are added, look-alikes included', () => {
    const before = [voice('Daniel', 'en-GB', 'urn:daniel'), ...FLITE, FLITE[0]!];
    const after = [
      voice('Google US English', 'en-US', 'Google US English'),
      ...before,
      FLITE[0]!,
      voice('slt', 'en-GB', ''),
    ];
    const idsAfter = ids(after);
    expect(idsAfter.slice(1, before.length + 1)).toEqual(ids(before));
    expect(idsAfter.slice(before.length + 1)).toEqual(['kal (en-US) #3', 'slt (en-GB)']);
  });

  it('comes with the voice it names, in the engine’s order', () => {
    expect(identifyVoices(FLITE).map(({ voice }) => voice)).toEqual(FLITE);
  });
});
