/**
 * The workshop builder island at `/<lang>/workshops/`. What it shows comes from the address:
 * the list of packs, one pack (`?id=`), its print view (`?id=&view=print`), or a pack opened
 * from a share link (`#pack=…`, read-only with "Save a copy" and the worksheet).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../domain/locales.ts';
import { shareCodeOf } from '../../domain/workshop/share.ts';
import { makeText } from '../../i18n/text.ts';
import { Builder } from './Builder.tsx';
import { useWorkshopData, type DataUrls } from './data.ts';
import { List } from './List.tsx';
import { PrintView } from './PrintView.tsx';
import { Shared } from './Shared.tsx';
import { useWorkshopStorage } from './hooks.ts';

export interface WorkshopsProps {
	locale: Locale;
	dataUrls: DataUrls;
	base: string;
	loadError: string;
	loading: string;
}

type Route =
	| { kind: 'list' }
	| { kind: 'pack'; id: string; print: boolean }
	| { kind: 'shared'; code: string };

function readRoute(): Route {
	const code = shareCodeOf(location.hash);
	if (code !== null) return { kind: 'shared', code };
	const query = new URLSearchParams(location.search);
	const id = query.get('id');
	return id ? { kind: 'pack', id, print: query.get('view') === 'print' } : { kind: 'list' };
}

export default function Workshops({ locale, dataUrls, base, loadError, loading }: WorkshopsProps) {
	const [route, setRoute] = useState<Route>(readRoute);
	useEffect(() => {
		const follow = () => setRoute(readRoute());
		window.addEventListener('hashchange', follow);
		window.addEventListener('popstate', follow);
		return () => {
			window.removeEventListener('hashchange', follow);
			window.removeEventListener('popstate', follow);
		};
	}, []);
	const { data, failed } = useWorkshopData(dataUrls, locale);
	const storage = useWorkshopStorage();
	const text = useMemo(() => data && makeText(locale, data.strings), [data, locale]);

	if (failed)
		return (
			<p className="notice error" role="alert">
				{loadError}
			</p>
		);
	if (!text || !data || !storage) return <p role="status">{loading}</p>;
	const common = { text, data, storage, base, dataUrls };
	switch (route.kind) {
		case 'shared':
			return <Shared {...common} code={route.code} />;
		case 'pack':
			return route.print ? (
				<PrintView {...common} id={route.id} />
			) : (
				<Builder {...common} id={route.id} />
			);
		default:
			return <List {...common} />;
	}
}
