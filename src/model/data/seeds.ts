/**
 * Seeds of the generated data. Training and held-out evaluation use different seeds, so every
 * reported figure comes from rows (and, for content, items; for the chatbot, phrasings) that the
 * model never saw. Each generator derives its own named stream from the seed.
 */
export const TRAIN_SEED = 1;
export const EVAL_SEED = 2025;
