/**
 * Which step of a scene is active, from where its steps stand on the screen: the last step whose top
 * has passed the trigger line (the first step before any has), and how far the reader has scrolled
 * through it (0 to 1, up to the next step's top or the scene's end). Pure, so that every way a reader
 * arrives (a fast flick, a #hash jump, the back button) gives the same answer as slow scrolling.
 */
export function activeStep(stepTops: readonly number[], end: number, line: number): { index: number; progress: number } {
  let index = 0;
  for (let i = 0; i < stepTops.length; i++) if (stepTops[i] <= line) index = i;
  const from = stepTops[index];
  const to = index + 1 < stepTops.length ? stepTops[index + 1] : end;
  const progress = to > from ? Math.min(1, Math.max(0, (line - from) / (to - from))) : 1;
  return { index, progress };
}
