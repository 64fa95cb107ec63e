// How the server's Node process is best started, shared by the VS Code client and the benchmark
// (README shows the same for other editors).

/**
 * A 2 MB young generation (V8's default is 16 MB): with many records open the heap stays small
 * (bench: RSS with 1,000 records about 147 MB instead of about 190 MB) at no measurable cost in
 * analysis throughput. The server works without it.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=2'];
