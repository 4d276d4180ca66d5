/** `npm run bench`: the peer comparison (run.ts), or with `--scale [--quick]` the growth with graph size (scale.ts). */
await import(process.argv.includes('--scale') ? './scale.js' : './run.js');
