// Copies the iframe embed page and its stylesheet into dist/ (the build writes its script).
import { copyFileSync } from 'node:fs';

for (const file of ['embed.html', 'embed.css']) copyFileSync(new URL(`../embed/${file}`, import.meta.url), new URL(`../dist/${file}`, import.meta.url));
