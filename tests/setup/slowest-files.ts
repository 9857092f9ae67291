import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 8;

/** Prints the slowest test files after every run, so a file that grows slow is seen the day it does. */
export default class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows = modules
      .map((m) => ({ file: m.relativeModuleId, project: m.project.name, ms: m.diagnostic().duration + m.diagnostic().collectDuration }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (!rows.length) return;
    const lines = rows.map((r) => `  ${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.project.padEnd(5)} ${r.file}`);
    process.stdout.write(`\n Slowest test files (time in tests and hooks, plus import):\n${lines.join('\n')}\n\n`);
  }
}
