/**
 * The geometry a slide widget's small plot shares with its frame (PlotFrame.svelte): the plot's box
 * inside the SVG and the two axes the frame draws around it.
 */

export interface PlotMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot's box in the SVG's pixels: x0 to x1 left to right, y0 at the bottom, y1 at the top. */
export interface PlotBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function plotBox(width: number, height: number, margin: PlotMargin): PlotBox {
  return {
    x0: margin.left,
    x1: width - margin.right,
    y0: height - margin.bottom,
    y1: margin.top,
  };
}

/** An axis as the frame draws it: a tick (and for y a grid line) at each of `ticks`, and a name. */
export interface PlotAxis {
  label: string;
  scale: (value: number) => number;
  ticks: readonly number[];
  format: (value: number) => string;
  /** x only: a short mark under each tick, as for the few values a knob offers. */
  marks?: boolean;
}
