// The pure parts of the outputs: the replay's frames, the picture and frame layouts, the
// legend and the credit line.
import { describe, expect, it } from 'vitest';
import { BANDS, creditLine, fitInto, frameLayout, legendFor, pictureLayout, sourceShortName, videoLayout } from '../../client/outputs/burn-in.ts';
import { replayPlan } from '../../client/outputs/replay.ts';
import type { Source } from '../../client/api/client.ts';

describe('replayPlan', () => {
  it('starts on the start date and ends exactly on the end date', () => {
    const p = replayPlan('2020-01-01', '2025-01-01', 30, 365);
    expect(p.dates[0]).toBe('2020-01-01');
    expect(p.dates.at(-1)).toBe('2025-01-01');
    // 1827 days at 365 a second: about 5 s, 30 frames a second, ends included.
    expect(p.dates.length).toBe(Math.round((1827 / 365) * 30) + 1);
    expect(p.duration).toBeCloseTo(p.dates.length / 30, 10);
    expect([...p.dates].sort()).toEqual(p.dates);
  });

  it('gives one frame for a single date, and two at least for a range', () => {
    expect(replayPlan('2010-01-01', '2010-01-01', 24, 365).dates).toEqual(['2010-01-01']);
    expect(replayPlan('2010-01-01', '2010-01-02', 24, 1461).dates).toEqual(['2010-01-01', '2010-01-02']);
  });
});

describe('layouts', () => {
  it('keeps a picture view at its size times the scale, bands around it', () => {
    const l = pictureLayout(800, 500, 2);
    expect([l.graph.w, l.graph.h]).toEqual([1600, 1000]);
    expect([l.width, l.height]).toEqual([(800 + BANDS.legend) * 2, (500 + BANDS.header + BANDS.footer) * 2]);
    expect(l.footer.y + l.footer.h).toBe(l.height);
    expect(l.legend.x).toBe(l.graph.w);
  });

  it('grows a video frame’s bands with its height', () => {
    expect(videoLayout(1920, 1080).header.h).toBe(Math.round(BANDS.header * 1.5));
    expect(frameLayout(1280, 720, 1).graph).toEqual({ x: 0, y: BANDS.header, w: 1280 - BANDS.legend, h: 720 - BANDS.header - BANDS.footer });
  });

  it('fits an image into a rect, centred', () => {
    expect(fitInto(200, 100, { x: 0, y: 0, w: 100, h: 100 })).toEqual({ x: 0, y: 25, w: 100, h: 50 });
  });
});

describe('legend and credit', () => {
  it('lists the actor kinds, then the relation types drawn, in the legend’s order', () => {
    const l = legendFor([{ type: 'CONFLICT_WITH' }, { type: 'MEMBER_OF' }, { type: 'MEMBER_OF' }], [{ kind: 'organization' }]);
    expect(l.map((e) => e.label)).toEqual(['Organization', 'member of', 'conflict with']);
  });

  it('names the most cited sources by publisher, then author, and counts the rest', () => {
    const src = (id: string, publisher: string | null, author: string | null): Source => ({ id, title: id, publisher, author, published: null, url: null });
    const sources = new Map([
      ['a', src('a', 'TASS', 'ITAR-TASS')],
      ['b', src('b', null, 'Wikipedia contributors')],
      ['c', src('c', 'CSTO', null)],
    ]);
    expect(sourceShortName(sources.get('b')!)).toBe('Wikipedia contributors');
    expect(sourceShortName(src('d', 'ITAR-TASS (reposted by armeniandiaspora.com)', null))).toBe('ITAR-TASS');
    const line = creditLine([{ sources: ['c'] }, { sources: ['a', 'c'] }, { sources: ['b'] }], sources, 2);
    expect(line).toBe('Alliance explorer · sources: CSTO, TASS and 1 more');
  });
});
