// The inaudible signal that keeps the lock screen's controls, made without the browser. Pure.
const SAMPLE_RATE = 8000;
const SECONDS = 2;

/**
 * A short mono WAV that loops as an inaudible signal: a square wave of one least
 * significant bit (−90 dB), below hearing and any speaker's noise, but not the digital
 * silence some browsers treat as no sound at all (and then freeze the page or hide the
 * controls). Made here: there is no file to download.
 */
export function inaudibleWav(): Uint8Array<ArrayBuffer> {
  const samples = SAMPLE_RATE * SECONDS;
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) =>
    [...value].forEach((char, i) => view.setUint8(offset + i, char.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // format chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true); // bytes a second
  view.setUint16(32, 2, true); // bytes a frame
  view.setUint16(34, 16, true); // bits a sample
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  // 100 Hz: one LSB up, then down.
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, i % 80 < 40 ? 1 : -1, true);
  return bytes;
}
