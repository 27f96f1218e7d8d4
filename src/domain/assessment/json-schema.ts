/** The assessment file format as JSON Schema (draft 2020-12), generated from the zod schema. */
import * as z from 'zod/mini';
import { assessmentSchema, SCHEMA_VERSION } from './model.ts';

/** The published schema of the current version. */
export function assessmentJsonSchema(site: string): Record<string, unknown> {
	const schema = z.toJSONSchema(assessmentSchema, { io: 'input', unrepresentable: 'any' });
	return {
		...schema,
		$id: new URL(`schema/assessment.v${SCHEMA_VERSION}.json`, site).href,
		title: `Guidelines Workbench assessment, version ${SCHEMA_VERSION}`,
		description:
			'A self-assessment against the ISSA Guidelines, as exported by Guidelines Workbench (an independent tool, not published or endorsed by the ISSA). Older versions are migrated on import.',
	};
}
