// One benchmark figure as every bench/ script prints it: ours, the baseline measured in the
// same run, their ratio, and the target beside it.

/** Prints a figure: `ours` and `baseline` in ms, and whether their ratio is within `target`. */
export function printRatio(
  label: string,
  ours: number,
  baseline: number,
  baselineLabel: string,
  target: number,
): void {
  const ratio = ours / baseline;
  console.log(label);
  console.log(`  Aloud:            ${ours.toFixed(2)} ms`);
  console.log(`  ${baselineLabel.padEnd(17)} ${baseline.toFixed(2)} ms`);
  console.log(
    `  ratio: ${ratio.toFixed(2)}×  (target ≤ ${target}: ${ratio <= target ? 'OK' : 'OVER'})`,
  );
}
