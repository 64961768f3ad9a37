// Types of the generated validator modules (scripts/precompile.ts writes one per schema).
import type { PrecompiledTable } from '../precompiled-table.ts';

export declare const PRECOMPILED: PrecompiledTable;
