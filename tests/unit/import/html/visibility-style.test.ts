import { describe, expect, it } from 'vitest';
import { visibilityOf } from '../../../../src/lib/import/html/visibility-style';

describe('a style attribute read as a browser reads it', () => {
  it('gives nothing for no style, or a style that sets neither property', () => {
    expect(visibilityOf(undefined)).toEqual({});
    expect(visibilityOf('')).toEqual({});
    expect(visibilityOf('color: grey; margin: 0')).toEqual({});
  });

  it('reads names and keywords in any case, with or without spaces', () => {
    expect(visibilityOf('DISPLAY:None;Visibility : HIDDEN')).toEqual({
      display: 'none',
      visibility: 'hidden',
    });
  });

  it('lets the last declaration win', () => {
    expect(visibilityOf('display: none; display: block')).toEqual({ display: 'block' });
    expect(visibilityOf('display: block; display: none')).toEqual({ display: 'none' });
  });

  it('lets an !important declaration win over later ones that are not', () => {
    expect(visibilityOf('display: none !important; display: block')).toEqual({ display: 'none' });
    expect(visibilityOf('display:none!IMPORTANT;display:block !important')).toEqual({
      display: 'block',
    });
  });

  it('ignores a value a browser would not take, keeping the one before', () => {
    expect(visibilityOf('display: none; display: ; display: 12px')).toEqual({ display: 'none' });
  });

  it('does not end a declaration at a “;” inside brackets or quotes', () => {
    expect(
      visibilityOf('background: url(data:image/png;base64,display:block); display: none'),
    ).toEqual({ display: 'none' });
    expect(visibilityOf('content: "a;display:block"; display: none')).toEqual({ display: 'none' });
  });

  it('keeps a display of several keywords whole', () => {
    expect(visibilityOf('display: inline  flow-root')).toEqual({ display: 'inline flow-root' });
  });
});
