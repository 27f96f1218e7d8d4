/**
 * Whether this browser holds an assessment to rate into, read straight from localStorage: the
 * guideline pages ask this before loading any assessment code, so it must stay tiny.
 */
import { STORAGE } from '../keys.ts';
import { readLocal } from '../local.ts';

export function hasActiveAssessment(): boolean {
	return /"id":"[^"]/.test(readLocal(STORAGE.activeAssessment.key) ?? '');
}
