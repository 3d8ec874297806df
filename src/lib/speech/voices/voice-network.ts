/**
 * Which voices need the network. The Web Speech localService flag is meant to say, but not
 * every engine means it: Firefox on Linux (speech-dispatcher) and WebKitGTK (flite) report
 * false for every voice, though all of them are synthesized on the device.
 */

/** What tells whether a voice needs the network: the Web Speech voice's own fields. */
export interface NetworkClues {
  voiceURI: string;
  name: string;
  localService: boolean;
}

/**
 * Words with which a voice says it speaks from a server, whatever the flag says: Edge's
 * "Microsoft Aria Online (Natural) - English (United States)", Android's
 * "en-us-x-sfg-network" (ChromeOS puts its engine's name before it).
 */
const SAYS_NETWORK = /\bonline\b|-network\b/i;

/**
 * Chrome's "Google US English", "Google français"… are spoken by Google's servers. A vendor,
 * not a statement: it counts only where the flag says nothing.
 */
const GOOGLE_VOICE = /^google\b/i;

/**
 * Firefox on Linux reports as local only a voice named "default" (it passes
 * `name == "default"` where localService goes): that voice alone does not make the flag mean
 * anything.
 */
const FIREFOX_LOCAL_DEFAULT = 'default';

/**
 * Judges, for the voices of one engine's list, which need the network. The flag counts
 * where the engine tells voices apart with it (Chrome: its Google voices false, the
 * system's true; Edge: "Online" voices false); where no voice is reported local, it says
 * nothing, and only names and URIs count.
 */
export function needsNetworkAmong(
  voices: readonly NetworkClues[],
): (voice: NetworkClues) => boolean {
  const flagMeant = voices.some(
    (voice) => voice.localService && voice.name !== FIREFOX_LOCAL_DEFAULT,
  );
  return (voice) =>
    SAYS_NETWORK.test(voice.name) ||
    SAYS_NETWORK.test(voice.voiceURI) ||
    (flagMeant ? !voice.localService : GOOGLE_VOICE.test(voice.name));
}
