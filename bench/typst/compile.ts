/**
 * Bench only: a cold Typst compile in its own process, the peer of a cold `ndb build` in
 * bench/pdf.ts (`cli.coldBuildVsTypst`). Loads the compiler, reads the fonts, compiles and writes.
 * Run: node bench/typst/compile.ts <in.typ> <out.pdf> <font.ttf>...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [input, output, ...fontFiles] = process.argv.slice(2);
if (!input || !output || fontFiles.length === 0) {
  process.stderr.write('usage: node bench/typst/compile.ts <in.typ> <out.pdf> <font.ttf>...\n');
  process.exit(2);
}
const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: fontFiles.map((f) => readFileSync(f)) }] });
const result = compiler.compile({ mainFileContent: readFileSync(input, 'utf8') });
if (!result.result) {
  result.printErrors();
  process.exit(1);
}
writeFileSync(output, compiler.pdf(result.result));
