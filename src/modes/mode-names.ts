/** The three deployment types, in the deck's order: the one list the CLI, lessons and UI share. */
export const DEPLOYMENT_MODES = ['batch', 'online', 'streaming'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

/** Every mode the simulator offers: the three types, and `compare`, which runs one case through all three. */
export const MODE_IDS = [...DEPLOYMENT_MODES, 'compare'] as const;
export type ModeId = DeploymentMode | 'compare';

export function isModeId(value: string): value is ModeId {
  return (MODE_IDS as readonly string[]).includes(value);
}
