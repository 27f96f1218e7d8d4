/** What the workshop builder's screens share: their props, labels, downloads. */
import type { CatalogueGuideline, CatalogueSet } from '../../domain/assessment/catalogue.ts';
import { exportFileName } from '../../domain/assessment/exchange.ts';
import { serializeWorkshop } from '../../domain/workshop/json-schema.ts';
import type { Workshop } from '../../domain/workshop/model.ts';
import type { Text } from '../../i18n/text.ts';
import type { WorkshopStorage } from '../../state/workshops/open.ts';
import { download } from '../assess/links.ts';
import type { DataUrls, WorkshopData } from './data.ts';

export interface ScreenProps {
	text: Text;
	data: WorkshopData;
	storage: WorkshopStorage;
	base: string;
	dataUrls: DataUrls;
}

/** A library guideline with its set, by id. */
export interface Found {
	set: CatalogueSet;
	guideline: CatalogueGuideline;
}

export function guidelineIndex(data: WorkshopData): Map<string, Found> {
	return new Map(
		data.catalogue.sets.flatMap((set) =>
			set.guidelines.map((g) => [g.id, { set, guideline: g }] as const)
		)
	);
}

/** "GG 53. Title" (set code, number, title), as handouts print it. */
export function guidelineName(found: Found): string {
	return `${found.set.code.toUpperCase()} ${found.guideline.number}. ${found.guideline.title}`;
}

/** Downloads the JSON file of a pack; returns its file name. */
export function downloadPack(pack: Workshop): string {
	const name = exportFileName(pack.title, new Date().toISOString().slice(0, 10), 'json');
	download(name, serializeWorkshop(pack), 'application/json');
	return name;
}
