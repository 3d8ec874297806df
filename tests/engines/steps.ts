import { readFixture } from '../e2e/support/fixtures';
import type { JourneyPage } from './journey-page';

// Steps several journeys take, as a person would take them. Journey files import these, never
// each other: importing a test file registers its tests a second time.

/** A button, by its accessible name. */
export const button = (name: string) => ({ role: 'button', name });

/** Pastes an article through New article, as a person with a mouse would. */
export async function pasteArticle(aloud: JourneyPage, text: string): Promise<void> {
  await aloud.click(button('New article'));
  await aloud.fill({ role: 'textbox', name: 'Article text' }, text);
  await aloud.click(button('Read this text'));
  await aloud.gone({ role: 'textbox', name: 'Article text' });
}

/** Sets the speed with the Speed slider in the voice and speed panel, and closes it. */
export async function setSpeed(aloud: JourneyPage, rate: number): Promise<void> {
  await aloud.click(button('Voice and speed'));
  const slider = { role: 'slider', name: 'Speed' };
  await aloud.fill(slider, String(rate));
  await aloud.waitForAttribute(slider, 'aria-valuetext', `${rate.toFixed(1)} times`);
  await aloud.click(button('Voice and speed'));
  await aloud.gone(slider);
}

/**
 * Opens Aloud with the news fixture pasted in and the speed set to 3, where most journeys
 * start: real speech at that pace keeps them short.
 */
export async function openNewsAtSpeed3(aloud: JourneyPage): Promise<void> {
  await aloud.open();
  await pasteArticle(aloud, await readFixture('news-detainee-transfer.txt'));
  await setSpeed(aloud, 3);
}

/** Picks a theme in the Appearance dialog and closes it. */
export async function chooseTheme(aloud: JourneyPage, theme: string): Promise<void> {
  const dialog = { role: 'dialog', name: 'Appearance' };
  await aloud.click(button('Appearance'));
  await aloud.click({ role: 'radio', name: theme, within: dialog });
  await aloud.click({ role: 'button', name: 'Close', within: dialog });
  await aloud.gone(dialog);
}
