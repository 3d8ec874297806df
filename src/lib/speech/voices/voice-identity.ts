/**
 * Ids for an engine's voices. The Web Speech voiceURI is meant to be one, but engines break
 * it: WebKitGTK gives "" to all its voices, Safari has listed two voices under one URI. A
 * keyed list of voices fails on a repeated key, and a voice saved by id must be found again.
 */

/** What a voice's id is made from: the Web Speech voice's own fields. */
export interface VoiceLabels {
  voiceURI: string;
  name: string;
  lang: string;
}

/**
 * Each voice with an id unique in the list. A voice keeps its voiceURI when no other voice
 * has it (ids saved before stay valid); otherwise its id is its name and language, and
 * voices alike in both are told apart by their order in the list ("kal (en-US) #2"). The
 * same list gives the same ids each time, and a voice added after look-alikes leaves their
 * ids alone.
 */
export function identifyVoices<Voice extends VoiceLabels>(
  voices: readonly Voice[],
): { id: string; voice: Voice }[] {
  const uriCounts = new Map<string, number>();
  for (const { voiceURI } of voices) uriCounts.set(voiceURI, (uriCounts.get(voiceURI) ?? 0) + 1);
  const keepsUri = (uri: string) => uri !== '' && uriCounts.get(uri) === 1;
  // The URIs kept are taken first, so that no made-up id can take one of theirs.
  const taken = new Set(voices.map((voice) => voice.voiceURI).filter(keepsUri));
  return voices.map((voice) => {
    if (keepsUri(voice.voiceURI)) return { id: voice.voiceURI, voice };
    const made = `${voice.name} (${voice.lang})`;
    let id = made;
    for (let nth = 2; taken.has(id); nth++) id = `${made} #${nth}`;
    taken.add(id);
    return { id, voice };
  });
}
