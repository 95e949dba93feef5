import picomatch from 'picomatch';
const glob = process.argv[2]!;
const re = picomatch.makeRe(glob, { dot: true });
console.log(glob, re.source.slice(0, 300));
for (const n of [50, 100, 200, 400, 800]) {
  for (const p of ['a'.repeat(n), 'x/' + 'a'.repeat(n) + 'c', 'a/'.repeat(n / 2) + 'c']) {
    const t = performance.now(); re.test(p); const ms = performance.now() - t; if (ms > 5) console.log(' ', n, JSON.stringify(p.slice(0, 6)), ms.toFixed(1), 'ms');
  }
}
