import type { Locator, Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * Answering a quiz with the keyboard alone, in each language: every option explained after a
 * check, a prediction run in the engine worker and graded against the simulation, the final
 * score, and a retry that clears the answers and keeps the best score.
 */

/** A run is a few seconds of simulation in the worker; slow machines get room. */
const RUN_TIMEOUT_MS = 60_000;

const press = async (page: Page, ...keys: string[]) => {
  for (const key of keys) await page.keyboard.press(key);
};

/** Tab to the next control, expecting it to be `target`. */
async function tabTo(page: Page, target: Locator) {
  await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test.describe('a lesson quiz in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('answered by keyboard: feedback for every option, a prediction run, and a retry', async ({
    page,
  }) => {
    test.setTimeout(2 * RUN_TIMEOUT_MS);
    await page.goto('./#/lessons/02-batch/quiz');
    await expect(page.getByRole('heading', { level: 2, name: 'Despliegue batch' })).toBeVisible();
    await expect(page.getByText('Cuestionario de la lección 2')).toBeVisible();
    const question = (n: number) => page.getByRole('form', { name: `Pregunta ${n} de 5` });
    const score = page.getByRole('region', { name: 'Puntuación' }).getByRole('status');

    // 1. One answer, right: the arrow keys pick it in the radio group.
    const q1 = question(1);
    await page.getByRole('link', { name: 'Volver a la lección: Despliegue batch' }).focus();
    await tabTo(page, q1.getByRole('radio').first());
    await press(page, 'ArrowDown');
    await expect(q1.getByRole('radio').nth(1)).toBeChecked();
    await tabTo(page, q1.getByRole('button', { name: 'Comprobar' }));
    await press(page, 'Enter');
    await expect(q1.getByText('Correcto: 1 de 1 punto.')).toBeFocused();
    await expect(q1.getByText('Tu respuesta, correcta.', { exact: true })).toHaveCount(1);
    await expect(q1.getByText('Incorrecta.', { exact: true })).toHaveCount(3);
    await expect(q1.getByText(/Así funciona online/)).toBeVisible();
    await expect(q1.getByRole('radio').first()).toBeDisabled();
    await expect(score).toHaveText('1 de 5 puntos; comprobada 1 pregunta de 5.');

    // 2. Several answers, two of the four right ones ticked: half a point.
    const q2 = question(2);
    const boxes = q2.getByRole('checkbox');
    await tabTo(page, boxes.nth(0));
    await tabTo(page, boxes.nth(1));
    await press(page, 'Space', 'Tab', 'Tab', 'Space');
    await expect(boxes.nth(3)).toBeChecked();
    await press(page, 'Tab', 'Tab');
    await tabTo(page, q2.getByRole('button', { name: 'Comprobar' }));
    await press(page, 'Enter');
    await expect(q2.getByText('En parte: 0,5 de 1 punto.')).toBeFocused();
    await expect(q2.getByText('La marcaste y corresponde.')).toHaveCount(2);
    await expect(q2.getByText('No la marcaste, pero corresponde.')).toHaveCount(2);
    await expect(q2.getByText('No la marcaste, y bien: no corresponde.')).toHaveCount(2);

    // 3. A wrong answer: the right one is pointed out, and every option explained.
    const q3 = question(3);
    await tabTo(page, q3.getByRole('radio').first());
    await press(page, 'Space', 'Tab', 'Enter');
    await expect(q3.getByText('Incorrecto: 0 de 1 punto.')).toBeFocused();
    await expect(q3.getByText('Tu respuesta, incorrecta.')).toHaveCount(1);
    await expect(q3.getByText('La respuesta correcta.')).toHaveCount(1);
    await expect(q3.getByText('Incorrecta.', { exact: true })).toHaveCount(2);

    // 4. Nothing ticked is not graded: the learner is told, and then answers.
    const q4 = question(4);
    await tabTo(page, q4.getByRole('checkbox').first());
    await press(page, 'Tab', 'Tab', 'Tab', 'Tab');
    await expect(q4.getByRole('button', { name: 'Comprobar' })).toBeFocused();
    await press(page, 'Enter');
    await expect(q4.getByRole('alert')).toHaveText(
      'Marca al menos una opción antes de revisar tu respuesta.',
    );
    await press(page, 'Shift+Tab', 'Space', 'Shift+Tab', 'Shift+Tab', 'Space');
    await expect(q4.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await press(page, 'Tab', 'Tab', 'Tab', 'Enter');
    await expect(q4.getByText('Correcto: 1 de 1 punto.')).toBeFocused();

    // 5. Predict, then run: the format is checked first, a run can be cancelled and run again.
    const q5 = question(5);
    const input = q5.getByRole('textbox', { name: 'Tu predicción (h)' });
    await tabTo(page, input);
    await expect(q5.getByText('Se acepta un margen de ±25 % del valor simulado.')).toBeVisible();
    await press(page, 'Enter');
    await expect(q5.getByRole('alert')).toHaveText(
      'Escribe tu predicción antes de ejecutar la simulación.',
    );
    await page.keyboard.type('1.000');
    await press(page, 'Enter');
    await expect(q5.getByRole('alert')).toContainText('«1.000» puede leerse como mil o como uno');
    await expect(input).toBeFocused();
    await press(page, 'ControlOrMeta+A');
    await page.keyboard.type('12,5');
    await press(page, 'Enter');
    const cancel = q5.getByRole('button', { name: 'Cancelar la simulación' });
    await expect(cancel).toBeFocused();
    await expect(q5.getByRole('progressbar', { name: 'Avance de la simulación' })).toBeVisible();
    await press(page, 'Enter');
    await expect(q5.getByRole('status')).toHaveText(
      'Simulación cancelada. Puedes volver a ejecutarla.',
    );
    const run = q5.getByRole('button', { name: 'Ejecutar la simulación' });
    await expect(run).toBeFocused();
    await press(page, 'Enter');
    await expect(q5.getByText('Correcto: 1 de 1 punto.')).toBeFocused({
      timeout: RUN_TIMEOUT_MS,
    });
    const result = q5.getByRole('region', { name: 'Resultado de la simulación' });
    await expect(result.getByRole('definition').first()).toHaveText('12,5 h');
    await expect(result.getByText('Dentro del margen.')).toBeVisible();
    await expect(result.getByText(/±\d+(,\d+)? h \(de \d+(,\d+)? a \d+(,\d+)? h\)/)).toBeVisible();

    // The attempt is complete: final score, then a fresh attempt that keeps the best.
    await expect(score).toHaveText('Puntuación final: 3,5 de 5 puntos.');
    await tabTo(page, page.getByRole('button', { name: 'Intentar de nuevo' }));
    await press(page, 'Enter');
    await expect(question(1).getByRole('radio').first()).toBeFocused();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Tu predicción (h)' })).toHaveValue('');
    await expect(score).toHaveText('0 de 5 puntos; comprobadas 0 preguntas de 5.');
    await expect(page.getByText('Tu mejor puntuación: 3,5 de 5')).toBeVisible();
  });
});

test.describe('the final quiz in English', () => {
  test.use({ locale: 'en-GB' });

  test('answered by keyboard, with scenarios to classify and two predictions', async ({ page }) => {
    test.setTimeout(2 * RUN_TIMEOUT_MS);
    await page.goto('./#/quiz/final');
    await expect(page.getByText("The course's final quiz")).toBeVisible();
    const question = (n: number) => page.getByRole('form', { name: `Question ${n} of 7` });
    const score = page.getByRole('region', { name: 'Score' }).getByRole('status');

    // 1 and 2: one answer each, right.
    await page.getByRole('link', { name: 'Back to the contents' }).focus();
    await tabTo(page, question(1).getByRole('radio').first());
    await press(page, 'ArrowDown', 'ArrowDown', 'Tab', 'Enter');
    await expect(question(1).getByText('Right: 1 of 1 point.')).toBeFocused();
    await expect(question(1).getByText('Your answer, right.')).toHaveCount(1);
    await expect(question(1).getByText('Not right.', { exact: true })).toHaveCount(3);
    await tabTo(page, question(2).getByRole('radio').first());
    await press(page, 'ArrowDown', 'Tab', 'Enter');
    await expect(question(2).getByText('Right: 1 of 1 point.')).toBeFocused();

    // 3: the three right statements of five.
    await tabTo(page, question(3).getByRole('checkbox').first());
    await press(page, 'Tab', 'Space', 'Tab', 'Tab', 'Space', 'Tab', 'Space', 'Tab', 'Enter');
    await expect(question(3).getByText('Right: 1 of 1 point.')).toBeFocused();

    // 4: the one wrong option alone scores nothing, and every option says why.
    const q4 = question(4);
    await tabTo(page, q4.getByRole('checkbox').first());
    await press(page, 'Space', 'Tab', 'Tab', 'Tab', 'Tab', 'Enter');
    await expect(q4.getByText('Not right: 0 of 1 point.')).toBeFocused();
    await expect(q4.getByText('You ticked it, but it does not apply.')).toHaveCount(1);
    await expect(q4.getByText('You did not tick it, but it applies.')).toHaveCount(3);
    await expect(q4.getByText(/Online has no scheduled runs/)).toBeVisible();

    // 5: classify six scenarios, one radio group each; all must be placed before checking.
    const q5 = question(5);
    const groups = q5.getByRole('group');
    await expect(groups).toHaveCount(7);
    await tabTo(page, q5.getByRole('radio', { name: 'Batch' }).first());
    await press(page, 'ArrowRight');
    await expect(q5.getByRole('radio', { name: 'Online (real time)' }).first()).toBeChecked();
    await press(page, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab');
    await expect(q5.getByRole('button', { name: 'Check' })).toBeFocused();
    await press(page, 'Enter');
    await expect(q5.getByRole('alert')).toHaveText('5 scenarios are not placed yet.');
    // Back to the placed scenario (focus lands on its checked radio), then on to the next ones:
    // batch, streaming, online, batch, and batch again (wrong: it is streaming).
    for (let i = 0; i < 6; i++) await press(page, 'Shift+Tab');
    await expect(q5.getByRole('radio', { name: 'Online (real time)' }).first()).toBeFocused();
    await press(page, 'Tab', 'Space', 'Tab', 'ArrowRight', 'ArrowRight', 'Tab', 'ArrowRight');
    await press(page, 'Tab', 'Space', 'Tab', 'Space', 'Tab', 'Enter');
    await expect(q5.getByText('Partly right: 0.833 of 1 point.')).toBeFocused();
    await expect(q5.getByText(/^Your answer: .*\. Right\.$/)).toHaveCount(5);
    await expect(q5.getByText('Your answer: Batch. It belongs to: Streaming.')).toBeVisible();

    // 6: a prediction within the margin, with the unit typed after the number.
    const q6 = question(6);
    await tabTo(page, q6.getByRole('textbox', { name: 'Your prediction (ms)' }));
    await expect(q6.getByText('A margin of ±2 ms is accepted.')).toBeVisible();
    await page.keyboard.type('10.5 ms');
    await press(page, 'Enter');
    await expect(q6.getByText('Right: 1 of 1 point.')).toBeFocused({ timeout: RUN_TIMEOUT_MS });
    await expect(q6.getByText('Within the margin.')).toBeVisible();

    // 7: a prediction far above the simulated cost.
    const q7 = question(7);
    await tabTo(page, q7.getByRole('textbox', { name: 'Your prediction (per hour)' }));
    await page.keyboard.type('1');
    await press(page, 'Enter');
    await expect(q7.getByText('Not right: 0 of 1 point.')).toBeFocused({
      timeout: RUN_TIMEOUT_MS,
    });
    await expect(
      q7.getByText('Above the margin: the simulated value is lower.', { exact: true }),
    ).toBeVisible();
    await expect(q7.getByRole('definition').first()).toHaveText('1 per hour');

    await expect(score).toHaveText('Final score: 4.83 of 7 points.');
    await tabTo(page, page.getByRole('button', { name: 'Try again' }));
    await press(page, 'Enter');
    await expect(question(1).getByRole('radio').first()).toBeFocused();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(score).toHaveText('0 of 7 points; 0 of 7 questions checked.');
    await expect(page.getByText('Your best: 4.83 of 7')).toBeVisible();
  });
});
