/** Prefixes a site path (`/en/com/`) with the deployment base (`BASE_PATH`). */
export function withBase(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${path}`;
}
