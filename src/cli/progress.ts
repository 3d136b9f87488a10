import cliProgress from 'cli-progress';

/** A progress bar on stderr for long CLI work; plain lines when not on a terminal. */
export function progressBar(label: string, total: number) {
  if (!process.stderr.isTTY) {
    let lastPct = -1;
    return {
      update(done: number) {
        const pct = Math.floor((done / Math.max(total, 1)) * 10) * 10;
        if (pct !== lastPct) {
          lastPct = pct;
          process.stderr.write(`${label}: ${pct} % (${done}/${total})\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}`, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done: number) => bar.update(done), stop: () => bar.stop() };
}
