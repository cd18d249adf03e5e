/**
 * The canvas selection when the brief was opened from the editor: the image exports can draw
 * just those elements. Kept in memory for one plan, as the editor hands over to the brief view.
 */
let remembered: { planId: string; elementIds: string[] } | null = null;

export function rememberSelection(planId: string, elementIds: readonly string[]) {
  remembered = { planId, elementIds: [...elementIds] };
}

export function rememberedSelection(planId: string): string[] {
  return remembered?.planId === planId ? remembered.elementIds : [];
}
