// Prints the mutation score of each folder of src/lib, and overall, beside the target, from
// Stryker's JSON report (the mutation-testing-report-schema). Run by `npm run mutate` after
// Stryker, or alone: `node scripts/mutation-score.mjs [report.json]`.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where stryker.config.mjs has the JSON reporter write. */
const DEFAULT_REPORT = 'reports/mutation/mutation.json';

/** The target when the report does not carry one (stryker.config.mjs sets thresholds.high). */
const DEFAULT_TARGET = 85;

/**
 * @typedef {{ status: string }} Mutant
 * @typedef {{ mutants: Mutant[] }} FileResult
 * @typedef {{ files: Record<string, FileResult>, thresholds?: { high?: number } }} Report
 * @typedef {{ killed: number, survived: number, noCoverage: number }} Counts
 */

/**
 * The folder a file's score counts in: src/lib/<folder>, whatever lies below it
 * (src/lib/import/html/ counts in src/lib/import).
 * @param {string} file
 */
function folderOf(file) {
  const parts = file.split(/[\\/]/);
  return parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3
    ? parts.slice(0, 3).join('/')
    : path.posix.dirname(parts.join('/'));
}

/**
 * Adds a mutant to the counts. As in Stryker's own score, a timeout counts as killed (the
 * mutant made the tests hang), and mutants that could not run (compile or runtime errors,
 * ignored) count in neither.
 * @param {Counts} counts
 * @param {Mutant} mutant
 */
function count(counts, { status }) {
  if (status === 'Killed' || status === 'Timeout') counts.killed++;
  else if (status === 'Survived') counts.survived++;
  else if (status === 'NoCoverage') counts.noCoverage++;
}

/** @param {Counts} counts */
function score({ killed, survived, noCoverage }) {
  const valid = killed + survived + noCoverage;
  return valid === 0 ? null : (100 * killed) / valid;
}

const reportFile = process.argv[2] ?? DEFAULT_REPORT;
/** @type {Report} */
let report;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch (error) {
  console.error(`Cannot read the mutation report ${reportFile}: ${String(error)}`);
  console.error(
    'Run `npm run mutate` first, or give the report: node scripts/mutation-score.mjs FILE',
  );
  process.exit(1);
}
const target = report.thresholds?.high ?? DEFAULT_TARGET;

/** @type {Map<string, Counts>} */
const folders = new Map();
/** @type {Counts} */
const overall = { killed: 0, survived: 0, noCoverage: 0 };
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = folderOf(file);
  const counts = folders.get(folder) ?? { killed: 0, survived: 0, noCoverage: 0 };
  folders.set(folder, counts);
  for (const mutant of mutants) {
    count(counts, mutant);
    count(overall, mutant);
  }
}

/**
 * One line of the table; the last cell says whether the score falls short.
 * @param {string} name
 * @param {Counts} counts
 * @returns {string[]}
 */
function row(name, counts) {
  const value = score(counts);
  return [
    name,
    value === null ? 'n/a' : `${value.toFixed(2)}%`,
    `≥ ${target}%`,
    String(counts.survived),
    String(counts.noCoverage),
    String(counts.killed + counts.survived + counts.noCoverage),
    value !== null && value < target ? 'below target' : '',
  ];
}

const header = ['folder', 'score', 'target', 'survived', 'no coverage', 'mutants', ''];
const folderRows = [...folders.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([folder, counts]) => row(folder, counts));
const overallRow = row('overall', overall);
const rows = [header, ...folderRows, overallRow];
const widths = header.map((_, column) =>
  Math.max(...rows.map((cells) => cells[column]?.length ?? 0)),
);

/** @param {string[]} cells */
function print(cells) {
  const line = cells.map((cell, column) => {
    const width = widths[column] ?? 0;
    // Names and the verdict read left to right; figures line up on the right.
    return column === 0 || column === cells.length - 1 ? cell.padEnd(width) : cell.padStart(width);
  });
  console.log(line.join('  ').trimEnd());
}

console.log(`\nMutation score by folder, from ${reportFile}\n`);
print(header);
folderRows.forEach(print);
print(overallRow);
