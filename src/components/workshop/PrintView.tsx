/**
 * The print-friendly view of a pack: the participant handout as a plain page in the pack's
 * language, to print from the browser (the PDF handout is the other way to the same content).
 */
import { useEffect, useMemo } from 'react';
import { workshopsPath } from '../../domain/paths.ts';
import { makeText } from '../../i18n/text.ts';
import type { ScreenProps } from './common.ts';
import { useWorkshopData } from './data.ts';
import { useWorkshopSession } from './hooks.ts';
import { PackView } from './PackView.tsx';

export function PrintView({ text, storage, base, dataUrls, id }: ScreenProps & { id: string }) {
	const { state } = useWorkshopSession(storage, id);
	const pack = state.pack;
	const { data, failed } = useWorkshopData(dataUrls, pack?.language ?? null);
	const packText = useMemo(
		() => data && pack && makeText(pack.language, data.strings),
		[data, pack]
	);
	const back = `${base}${workshopsPath(text.locale, id)}`;
	// The page's own introduction gives way to the handout (on screen and on paper).
	useEffect(() => {
		document.documentElement.dataset['view'] = 'print';
		return () => {
			delete document.documentElement.dataset['view'];
		};
	}, []);
	if (state.status === 'missing')
		return (
			<p className="notice error" role="alert">
				{text.t('workshop.missing')}
			</p>
		);
	if (failed)
		return (
			<p className="notice error" role="alert">
				{text.t('workshop.loadError')}
			</p>
		);
	if (!pack || !data || !packText) return <p role="status">{text.t('workshop.loading')}</p>;
	return (
		<div className="print-view">
			<p className="button-row no-print">
				<a href={back}>{text.t('workshop.print.back')}</a>
				<button type="button" onClick={() => window.print()}>
					{text.t('workshop.printNow')}
				</button>
			</p>
			<div lang={pack.language}>
				<h2 className="pack-title">{pack.title}</h2>
				<p className="notice independence" role="note">
					{packText.t('workshop.independence')}
				</p>
				<PackView pack={pack} text={packText} data={data} />
			</div>
		</div>
	);
}
