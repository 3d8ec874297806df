import { describe, expect, it } from 'vitest';
import {
  needsNetworkAmong,
  type NetworkClues,
} from '../../../../src/lib/speech/voices/voice-network';

function voice(name: string, localService: boolean, voiceURI = name): NetworkClues {
  return { voiceURI, name, localService };
}

/** The names of the voices of `voices` judged to need the network. */
function needingNetwork(voices: readonly NetworkClues[]): string[] {
  const needsNetwork = needsNetworkAmong(voices);
  return voices.filter(needsNetwork).map((each) => each.name);
}

describe('which voices need the network', () => {
  it('given every voice says localService false (Firefox on Linux), none is badged as needing the network', () => {
    const firefox = [
      voice('English (America)', false, 'urn:moz-tts:speechd:English%20(America)?en-US'),
      voice(
        'English (America)+Annie',
        false,
        'urn:moz-tts:speechd:English%20(America)+Annie?en-US',
      ),
      voice('French (France)', false, 'urn:moz-tts:speechd:French%20(France)?fr-FR'),
    ];
    expect(needingNetwork(firefox)).toEqual([]);
  });

  it('given WebKitGTK’s flite voices, all false and without URIs, none needs the network', () => {
    const flite = ['kal', 'slt', 'rms', 'awb'].map((name) => voice(name, false, ''));
    expect(needingNetwork(flite)).toEqual([]);
  });

  it('given Firefox’s one local voice is the one named "default", the others are not badged either', () => {
    const firefox = [
      voice('default', true, 'urn:moz-tts:speechd:default?en'),
      voice('English (America)', false, 'urn:moz-tts:speechd:English%20(America)?en-US'),
      voice('German', false, 'urn:moz-tts:speechd:German?de'),
    ];
    expect(needingNetwork(firefox)).toEqual([]);
  });

  it('given Chrome’s list of system voices (local) and Google voices (not), the Google ones need it', () => {
    const chrome = [
      voice('English (America) espeak-ng', true),
      voice('French (France) espeak-ng', true),
      voice('Google US English', false),
      voice('Google français', false),
    ];
    expect(needingNetwork(chrome)).toEqual(['Google US English', 'Google français']);
  });

  it('given a mixed list, a voice reported remote needs the network whatever its name', () => {
    const mixed = [voice('Daniel', true), voice('Cloud English', false)];
    expect(needingNetwork(mixed)).toEqual(['Cloud English']);
  });

  it('given a mixed list, a Google voice reported local is taken at its word', () => {
    const chromeOs = [voice('Chrome OS US English', true), voice('Google UK English Female', true)];
    expect(needingNetwork(chromeOs)).toEqual([]);
  });

  it('given only Google voices, all false (Chrome with no system voices), they need it', () => {
    const chrome = [
      voice('Google US English', false),
      voice('Google Deutsch', false),
      voice('Some other voice', false),
    ];
    expect(needingNetwork(chrome)).toEqual(['Google US English', 'Google Deutsch']);
  });

  it('given Edge’s list, its "Online (Natural)" voices need it and its system voices do not', () => {
    const edge = [
      voice('Microsoft David - English (United States)', true),
      voice('Microsoft Aria Online (Natural) - English (United States)', false),
      voice('Microsoft Zira - English (United States)', true),
    ];
    expect(needingNetwork(edge)).toEqual([
      'Microsoft Aria Online (Natural) - English (United States)',
    ]);
  });

  it('a voice whose name says Online needs the network, even in a list where no flag is meant', () => {
    const edgeOnLinux = [
      voice('Microsoft Aria Online (Natural) - English (United States)', false),
      voice('English (America) espeak-ng', false),
    ];
    expect(needingNetwork(edgeOnLinux)).toEqual([
      'Microsoft Aria Online (Natural) - English (United States)',
    ]);
  });

  it('a voice named or addressed as Android’s "-network" needs it, even reported local', () => {
    const android = [
      voice('English (United States)', true, 'en-us-x-sfg-network'),
      voice('English (United States) 2', true, 'en-us-x-sfg-local'),
      voice('Android Speech Recognition and Synthesis from Google en-us-x-tpc-network', true, ''),
    ];
    expect(needingNetwork(android)).toEqual([
      'English (United States)',
      'Android Speech Recognition and Synthesis from Google en-us-x-tpc-network',
    ]);
  });

  it('does not read "online" or "network" inside another word as the network', () => {
    const voices = [
      voice('Onlineless', false),
      voice('Networked English', false, 'urn:voice-networked'),
      voice('Googleish', false),
    ];
    expect(needingNetwork(voices)).toEqual([]);
  });
});
