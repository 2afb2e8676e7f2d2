import { DEPLOYMENT_MODES, type DeploymentMode } from '../modes/presets.ts';

/** The four labs: one per deployment mode, and `compare`, which runs one workload through all three. */
export const LAB_MODES = [...DEPLOYMENT_MODES, 'compare'] as const;
export type LabMode = DeploymentMode | 'compare';

export function isLabMode(value: string): value is LabMode {
  return (LAB_MODES as readonly string[]).includes(value);
}
