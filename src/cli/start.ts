/**
 * The command line as bin/hmip.js runs it, bundled by the build into one script that starts from
 * its code cache (src/code-cache.ts says why). The commands that read documents start their
 * reader first, so that it loads the pipeline while the argument parser loads here.
 */
export async function start(argv: string[]): Promise<number> {
  const early = argv[0] === 'extract' || argv[0] === 'verify' ? await import('./extractor.js') : null;
  early?.startEarly();
  const { main } = await import('./main.js');
  const code = await main(argv);
  await early?.closeEarly();
  return code;
}
