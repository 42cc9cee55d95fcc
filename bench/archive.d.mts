// Types of bench/archive.mjs, which the tests share with the benchmark.
export function uniqueCopy(bytes: Buffer, extension: string, n: number): Buffer;
export function corpusFiles(corpus: string): string[];
export function buildArchive(dir: string, sources: string[], count: number): string[];
