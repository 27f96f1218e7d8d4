/**
 * What the workshop islands load: for a language, the assessment data file (catalogue and
 * strings) and the workshop data file (our texts per guideline). The builder's own screens use
 * the page's language; handouts and the print view use the pack's.
 */
import { useEffect, useState } from 'react';
import type { Locale } from '../../domain/locales.ts';
import type { WorkshopTexts } from '../../domain/workshop/texts.ts';
import type { AssessData } from '../../pack/assess-files.ts';
import { loadJsonFile } from '../assess/hooks.ts';

/** The data file URLs of every language (with their content hashes). */
export type DataUrls = Record<Locale, { assess: string; workshop: string }>;

export interface WorkshopData extends AssessData {
	texts: WorkshopTexts;
}

export async function loadWorkshopData(urls: DataUrls, locale: Locale): Promise<WorkshopData> {
	const [assess, texts] = await Promise.all([
		loadJsonFile<AssessData>(urls[locale].assess),
		loadJsonFile<WorkshopTexts>(urls[locale].workshop),
	]);
	return { ...assess, texts };
}

/** A language's data, loaded once; `failed` when it could not be fetched. */
export function useWorkshopData(
	urls: DataUrls,
	locale: Locale | null
): { data: WorkshopData | undefined; failed: boolean } {
	const [state, setState] = useState<{ locale: Locale; data?: WorkshopData; failed: boolean }>();
	useEffect(() => {
		if (!locale) return;
		let live = true;
		loadWorkshopData(urls, locale).then(
			(data) => live && setState({ locale, data, failed: false }),
			() => live && setState({ locale, failed: true })
		);
		return () => {
			live = false;
		};
	}, [urls, locale]);
	const current = state?.locale === locale ? state : undefined;
	return { data: current?.data, failed: current?.failed ?? false };
}
