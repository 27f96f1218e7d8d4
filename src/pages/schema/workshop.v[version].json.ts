/** The workshop pack's JSON Schema, published at `/schema/workshop.v<N>.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { workshopJsonSchema } from '../../domain/workshop/json-schema.ts';
import { WORKSHOP_SCHEMA_VERSION } from '../../domain/workshop/model.ts';

export const getStaticPaths: GetStaticPaths = () => [
	{ params: { version: String(WORKSHOP_SCHEMA_VERSION) } },
];

export const GET: APIRoute = ({ site }) =>
	new Response(
		`${JSON.stringify(workshopJsonSchema(String(site ?? 'http://localhost/')), null, 2)}\n`,
		{
			headers: { 'content-type': 'application/schema+json' },
		}
	);
