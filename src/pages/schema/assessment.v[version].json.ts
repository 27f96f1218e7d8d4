/** The assessment file's JSON Schema, published at `/schema/assessment.v<N>.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { assessmentJsonSchema } from '../../domain/assessment/json-schema.ts';
import { SCHEMA_VERSION } from '../../domain/assessment/model.ts';

export const getStaticPaths: GetStaticPaths = () => [
	{ params: { version: String(SCHEMA_VERSION) } },
];

export const GET: APIRoute = ({ site }) =>
	new Response(
		`${JSON.stringify(assessmentJsonSchema(String(site ?? 'http://localhost/')), null, 2)}\n`,
		{
			headers: { 'content-type': 'application/schema+json' },
		}
	);
