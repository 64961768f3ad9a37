import { loadDefaultFonts } from '../src/node-fonts.ts';
const a = await loadDefaultFonts(); const b = await loadDefaultFonts();
console.log(a.regular === b.regular, a === b, b.cjk?.byteLength);
