/** A plain-words message for a Web Speech error code, for the person listening. */
export function describeSpeechError(code: string): string {
  switch (code) {
    case 'not-allowed':
      return 'The browser blocked speech until you interact with the page. Press Play again.';
    case 'audio-busy':
    case 'audio-hardware':
      return 'The device’s audio output is busy or unavailable. Check your speakers or headphones, then press Play.';
    case 'network':
      return 'This voice needs the network, which is unavailable. Choose a voice on this device, then press Play.';
    case 'language-unavailable':
    case 'voice-unavailable':
      return 'The chosen voice cannot speak this text. Choose another voice, then press Play.';
    case 'no-voices':
      return 'No speech voices are available on this device. Install a text-to-speech voice in your system settings, then press Play again.';
    case 'synthesis-unavailable':
      return 'This browser has no speech engine. Try another browser, or install text-to-speech voices.';
    case 'stalled':
      return 'The speech engine stopped responding. Press Play to try again from this sentence.';
    default:
      return `The speech engine failed (${code}). Press Play to try again from this sentence.`;
  }
}
