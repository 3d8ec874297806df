import { describe, expect, it } from 'vitest';
import { Announcer } from '../../../src/lib/app/announcer.svelte';
import { Notices } from '../../../src/lib/app/notices.svelte';

class RecordingAnnouncer extends Announcer {
  said: string[] = [];
  override announce(message: string, important = false): void {
    this.said.push(message);
    super.announce(message, important);
  }
}

describe('the notice channel', () => {
  it('shows a notice and says it once; the newest replaces the one before', () => {
    const announcer = new RecordingAnnouncer();
    const notices = new Notices(announcer);
    expect(notices.current).toBeNull();
    notices.say('The page could not be read. Nothing was changed.');
    notices.say('Your device is full.');
    expect(notices.current).toEqual({ message: 'Your device is full.', dismissable: true });
    expect(announcer.said).toEqual([
      'The page could not be read. Nothing was changed.',
      'Your device is full.',
    ]);
  });

  it('lets the person dismiss a notice, but not a lasting one', () => {
    const notices = new Notices(new Announcer());
    notices.say('The library is off.', { lasting: true });
    expect(notices.current?.dismissable).toBe(false);
    notices.dismiss();
    expect(notices.current).toBeNull();
  });
});
