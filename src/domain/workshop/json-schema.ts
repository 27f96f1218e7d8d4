/** The workshop pack format as JSON Schema (draft 2020-12), generated from the zod schema. */
import * as z from 'zod/mini';
import { workshopSchema, WORKSHOP_SCHEMA_VERSION, type Workshop } from './model.ts';

/** The published schema of the current version. */
export function workshopJsonSchema(site: string): Record<string, unknown> {
	const schema = z.toJSONSchema(workshopSchema, { io: 'input', unrepresentable: 'any' });
	return {
		...schema,
		$id: new URL(`schema/workshop.v${WORKSHOP_SCHEMA_VERSION}.json`, site).href,
		title: `Guidelines Workbench workshop pack, version ${WORKSHOP_SCHEMA_VERSION}`,
		description:
			'A workshop pack on the ISSA Guidelines, as exported by Guidelines Workbench (an independent tool, not published or endorsed by the ISSA).',
	};
}

/** The pack file's text, as exported. */
export function serializeWorkshop(pack: Workshop): string {
	return `${JSON.stringify(pack, null, 2)}\n`;
}
