import type { Locator, Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * The whole teaching cycle of a slide widget, on one widget of each mode: a question before the
 * run (the knobs locked, no claim shown), the run, the outcome beside the answer with the claim,
 * then the challenge checked on a finished run and kept in progress (counted on the lesson index).
 *
 * Deterministic: the page's clock is Playwright's (page.clock), the simulation is seeded, and
 * every wait is on the widget's state (its data-step and data-challenge), never on a duration;
 * "Skip to the end" runs each simulation to its end whatever the machine's speed.
 */
const CASES: { widget: string; mode: string; lesson: string; slide: number }[] = [
  { widget: 'batch-overlap', mode: 'batch', lesson: '02-batch', slide: 4 },
  { widget: 'network-dependence', mode: 'online', lesson: '03-online', slide: 6 },
  { widget: 'stream-scaling', mode: 'streaming', lesson: '04-streaming', slide: 6 },
];

test.describe.configure({ timeout: 120_000 });
test.use({ locale: 'en-GB' });

/**
 * Answers the widget's question: its first option, or (a number question) the smallest number it
 * accepts, read from the message that refuses a number out of range.
 */
async function answer(widget: Locator): Promise<void> {
  const options = widget
    .getByRole('region', { name: 'Before it runs: what do you expect?' })
    .getByRole('radio');
  if ((await options.count()) > 0) {
    await options.first().check();
    return;
  }
  const field = widget.getByRole('textbox', { name: /^Your answer/ });
  await field.fill('-1');
  await field.press('Enter');
  // A guess out of range is refused with its range named, and nothing is answered.
  const refusal = widget.getByRole('alert');
  await expect(refusal).toContainText('Type a number from');
  await expect(widget.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
  const min = /from (\S+) to/.exec((await refusal.textContent()) ?? '')?.[1] ?? '';
  await field.fill(min);
  await field.press('Enter');
  await expect(widget.getByText(/^Your answer: /)).toBeVisible();
}

async function runToEnd(widget: Locator): Promise<void> {
  await widget.getByRole('button', { name: 'Skip to the end' }).click();
}

async function openSlide(page: Page, lesson: string, slide: number): Promise<Locator> {
  await page.goto(`./#/lessons/${lesson}/${slide}`);
  const widget = page.locator('[data-widget]');
  await expect(widget).toBeVisible();
  return widget;
}

for (const { widget: name, mode, lesson, slide } of CASES) {
  test(`${name} (${mode}): predict, run, reveal, then a challenge met and kept`, async ({
    page,
  }) => {
    await page.clock.install();
    const widget = await openSlide(page, lesson, slide);
    await expect(widget).toHaveAttribute('data-widget', name);

    // Before the run: a question, Run disabled until it is answered, the knobs locked, no claim.
    await expect(widget).toHaveAttribute('data-step', 'asking');
    await expect(
      widget.getByRole('heading', { name: 'Before it runs: what do you expect?' }),
    ).toBeVisible();
    await expect(widget.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
    await expect(widget.getByText(/^Once you have seen the outcome you can turn: /)).toBeVisible();
    await expect(widget.getByRole('slider')).toHaveCount(0);
    await expect(widget.getByText('The idea:')).toHaveCount(0);
    await expect(widget.getByRole('button', { name: /Download|Export/ })).toHaveCount(0);
    await answer(widget);

    await widget.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(widget).toHaveAttribute('data-step', 'running');
    await runToEnd(widget);

    // The outcome: the answer beside what the run measured, why, and the claim, only now.
    await expect(widget).toHaveAttribute('data-step', 'revealed', { timeout: 60_000 });
    const outcome = widget.locator('.reveal');
    await expect(outcome).toContainText(/(You got it!|Not quite\.) Your answer: \S/);
    await expect(outcome.getByText(/^The simulation: \S/)).toBeVisible();
    await expect(outcome).not.toContainText('NaN');
    await expect(widget.getByText('Why:')).toBeVisible();
    await expect(widget.getByText('The idea:')).toBeVisible();
    await expect(widget.getByText('Try this:')).toBeVisible();
    const status = widget.locator('[data-challenge]');
    // The knobs' start never meets the challenge (the content test checks that too).
    await expect(status).toHaveAttribute('data-challenge', 'not-yet');

    // A knob moved: the run starts again from zero and is checked when it ends.
    const knob = widget.locator('.controls');
    const slider = knob.getByRole('slider').first();
    if ((await slider.count()) > 0) {
      await slider.focus();
      await slider.press('ArrowRight');
    } else await knob.getByRole('radio').last().check();
    await runToEnd(widget);
    await expect(status).not.toHaveAttribute('data-challenge', 'checking', { timeout: 60_000 });

    // If that try missed, a solution sets the knobs; its run meets the challenge.
    if ((await status.getAttribute('data-challenge')) === 'not-yet') {
      await widget.getByRole('button', { name: 'Show a solution' }).click();
      await runToEnd(widget);
    }
    await expect(status).toHaveAttribute('data-challenge', 'met', { timeout: 60_000 });
    await expect(status).toHaveText(/Challenge met/);

    // Kept: the lesson index counts it, and the widget remembers the answer after a reload.
    await page.goto('./#/lessons');
    await expect(
      page.getByText(/^[1-9]\d* of \d+ simulation challenges? met$/).first(),
    ).toBeVisible();
    await page.goto(`./#/lessons/${lesson}/${slide}`);
    await expect(page.locator('[data-widget]')).toHaveAttribute('data-step', 'asking');
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  });
}
