/**
 * Keyboard navigation between slides, as presentation software does it: arrows move one slide,
 * Home and End jump to the first and last. Keys typed into a field, or with a modifier, are left
 * alone so shortcuts and text entry keep working.
 */
export function slideForKey(
  key: string,
  current: number,
  total: number,
  target: { tagName?: string; isContentEditable?: boolean } | null,
  modified: boolean,
): number | null {
  if (modified) return null;
  const tag = target?.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable)
    return null;
  const next =
    key === 'ArrowRight' || key === 'PageDown'
      ? current + 1
      : key === 'ArrowLeft' || key === 'PageUp'
        ? current - 1
        : key === 'Home'
          ? 1
          : key === 'End'
            ? total
            : null;
  if (next === null || next < 1 || next > total || next === current) return null;
  return next;
}
