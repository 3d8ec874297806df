import { describe, expect, it } from 'vitest';
import { AppUpdate } from '../../../src/lib/app/app-update.svelte';

/** An AppUpdate whose page actions (save, activate, reload) are recorded in order. */
function setup() {
  const events: string[] = [];
  let finishActivating: () => void = () => {};
  const update = new AppUpdate(
    () => events.push('save places'),
    () => events.push('reload'),
  );
  const activate = () => {
    events.push('activate');
    return new Promise<void>((resolve) => (finishActivating = resolve));
  };
  return { update, events, activate, finishActivating: () => finishActivating() };
}

describe('AppUpdate', () => {
  it('starts with nothing waiting and not yet ready offline', () => {
    const { update } = setup();
    expect(update.waiting).toBe('no');
    expect(update.offlineReady).toBe(false);
  });

  it('given a new version installed, says one is waiting here', () => {
    const { update, events } = setup();
    update.onNeedRefresh();
    expect(update.waiting).toBe('here');
    expect(events).toEqual([]); // never reloads by itself
  });

  it('given the app shell cached, says Aloud works offline', () => {
    const { update } = setup();
    update.onOfflineReady();
    expect(update.offlineReady).toBe(true);
  });

  it('given Reload, saves the reading place first, then activates the new version', async () => {
    const { update, events, activate, finishActivating } = setup();
    update.registered(activate);
    update.onNeedRefresh();

    const reloading = update.reload();
    expect(events).toEqual(['save places', 'activate']);
    finishActivating();
    await reloading;
    expect(events).toEqual(['save places', 'activate']);
  });

  it('reloads only when the new version takes control, and only once', async () => {
    const { update, events, activate, finishActivating } = setup();
    update.registered(activate);
    update.onNeedRefresh();
    const reloading = update.reload();
    finishActivating();
    await reloading;

    update.onNeedReload();
    update.onNeedReload(); // workbox-window and controllerchange can both report it
    expect(events).toEqual(['save places', 'activate', 'reload']);
    expect(update.waiting).toBe('here');
  });

  it('given another tab switched to the new version, says so and does not reload this page', () => {
    const { update, events, activate } = setup();
    update.registered(activate);
    update.onNeedRefresh();

    const onNeedReload = update.onNeedReload; // passed on as a listener, unbound
    onNeedReload();

    expect(update.waiting).toBe('elsewhere');
    expect(events).toEqual([]);
  });

  it('given a version activated elsewhere, Reload saves the place and reloads at once', async () => {
    const { update, events, activate } = setup();
    update.registered(activate);
    update.onNeedRefresh();
    update.onNeedReload();

    await update.reload();

    expect(events).toEqual(['save places', 'reload']);
  });

  it('given no service worker to activate, Reload saves the place and reloads at once', async () => {
    const { update, events } = setup();
    update.registered(null);
    update.onNeedRefresh();

    await update.reload();

    expect(events).toEqual(['save places', 'reload']);
  });
});
