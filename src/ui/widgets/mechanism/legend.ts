/**
 * A strip's legend entries and the sizes every strip shares. The whole strip stays within about
 * 110 px: a 16 px status line, the drawing, and a legend of one line (two on a narrow screen).
 */

/** Height of a strip's drawing: the mechanism above, the time axis below. */
export const DRAWING_HEIGHT = 62;
/** The mechanism's part of the drawing; the time axis takes the rest. */
export const MECHANISM_HEIGHT = 42;
/** Where the time axis line runs. */
export const AXIS_Y = 54;

/** Shapes as well as colours, so no meaning rests on colour alone. */
export type SwatchKind =
  'dot' | 'cross' | 'ring' | 'hatch' | 'bar' | 'dashed' | 'triangle' | 'pause';

/** A colour of src/ui/shell/global.css: each meets contrast in the light and the dark theme. */
export type SwatchColor = 'online' | 'batch' | 'streaming' | 'danger' | 'text' | 'muted' | 'accent';

export interface LegendEntry {
  key: string;
  label: string;
  kind: SwatchKind;
  color: SwatchColor;
}
