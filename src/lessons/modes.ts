import type { DeploymentMode } from '../scenarios/presets.ts';

/** The three deployment types, in the deck's order: the categories a scenario is classified in. */
export const DEPLOYMENT_MODES: readonly DeploymentMode[] = ['batch', 'online', 'streaming'];
