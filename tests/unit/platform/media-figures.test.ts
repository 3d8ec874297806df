import { describe, expect, it } from 'vitest';
import { inaudibleWav } from '../../../src/lib/platform/media-figures';

describe('inaudibleWav', () => {
  const wav = inaudibleWav();
  const view = new DataView(wav.buffer);
  const text = (offset: number, length: number) =>
    String.fromCharCode(...wav.subarray(offset, offset + length));

  it('is a PCM WAV file a browser plays: mono, 16 bits, its sizes right', () => {
    expect(text(0, 4)).toBe('RIFF');
    expect(text(8, 4)).toBe('WAVE');
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(4, true)).toBe(wav.length - 8);
    expect(view.getUint32(40, true)).toBe(wav.length - 44);
  });

  it('holds a signal of one least significant bit: inaudible, and not digital silence', () => {
    const samples = Array.from({ length: (wav.length - 44) / 2 }, (_, i) =>
      view.getInt16(44 + i * 2, true),
    );
    expect(Math.max(...samples.map(Math.abs))).toBe(1);
    expect(samples.filter((sample) => sample !== 0)).toHaveLength(samples.length);
  });
});
