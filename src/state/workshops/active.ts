/**
 * Which workshop pack "Add to workshop" adds to (localStorage, `STORAGE.activeWorkshop`,
 * checked on every load like every stored value).
 */
import * as z from 'zod/mini';
import { loadLocal, saveLocal, type EnvelopeSpec } from '../envelope.ts';
import { STORAGE } from '../keys.ts';
import type { WriteFailure } from '../local.ts';

export const activeWorkshopSpec: EnvelopeSpec<{ id: string | null }> = {
	version: 1,
	schema: z.object({ id: z.nullable(z.string().check(z.maxLength(64))) }),
};

export function activeWorkshopId(): string | null {
	return loadLocal(STORAGE.activeWorkshop.key, activeWorkshopSpec)?.id ?? null;
}

export function chooseWorkshop(id: string | null): WriteFailure | null {
	return saveLocal(STORAGE.activeWorkshop.key, { id }, activeWorkshopSpec);
}
