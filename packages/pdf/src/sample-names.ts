/** Sample names for tests and bench/pdf.ts (not used by the renderer). */

/** A name in the script of each language most spoken in Australian homes (ABS 2021). */
export const NAMES: [language: string, name: string][] = [
  ['Mandarin', '王小明'],
  ['Arabic', 'محمد عبد الله'],
  ['Vietnamese', 'Nguyễn Thị Ánh'],
  ['Cantonese', '陳大文'],
  ['Punjabi', 'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ'],
  ['Greek', 'Γιώργος Παπαδόπουλος'],
  ['Italian', 'Giuseppe Rossi'],
  ['Hindi', 'प्रिया शर्मा'],
  ['Spanish', 'José Martínez'],
  ['Nepali', 'सुनिता श्रेष्ठ'],
  ['Korean', '김민준'],
  ['Tamil', 'கார்த்திக் சுப்பிரமணியம்'],
  ['Persian', 'مهدی رضایی'],
  ['Thai', 'สมชาย ใจดี'],
  ['Hebrew', 'דוד כהן'],
  ['Sinhala', 'කමල් පෙරේරා'],
];
