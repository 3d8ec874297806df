import { describe, expect, it } from 'vitest';
import { inaudibleWav, mediaPosition } from '../../../src/lib/platform/media-figures';
import { estimateSeconds } from '../../../src/lib/text/reading-time';

describe('mediaPosition', () => {
  it('gives the article’s length and the part read, in seconds at rate 1, with the rate', () => {
    expect(mediaPosition(1400, 700, 1.5)).toEqual({
      duration: estimateSeconds(1400, 1),
      position: estimateSeconds(700, 1),
      playbackRate: 1.5,
    });
  });

  it('never puts the position past the end, and gives nothing for an empty article', () => {
    const end = mediaPosition(1000, 5000, 1);
    expect(end?.position).toBe(end?.duration);
    expect(mediaPosition(0, 0, 1)).toBeNull();
    expect(mediaPosition(1000, 0, 0)).toBeNull();
    expect(mediaPosition(1000, -5, 1)?.position).toBe(0);
  });
});

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
