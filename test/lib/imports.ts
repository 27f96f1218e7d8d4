/**
 * The import graph of the source tree, read with the TypeScript parser: every static, re-export
 * and dynamic import of each module, with whether it is type-only (erased at build time). The
 * architecture tests walk it to hold the layers to their rules.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportRef {
	/** The specifier as written (`../domain/model.ts`, `zod`, `node:fs`). */
	specifier: string;
	/** Absolute path for a relative import that resolves to a file; undefined for packages. */
	resolved: string | undefined;
	typeOnly: boolean;
}

/** The imports of one module's source text. */
export function importsOf(file: string, source: string): ImportRef[] {
	const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, scriptKind(file));
	const refs: ImportRef[] = [];
	const add = (specifier: string, typeOnly: boolean) =>
		refs.push({ specifier, resolved: resolve(file, specifier), typeOnly });
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
			const clause = node.importClause;
			const named = clause?.namedBindings;
			const allNamedTypes =
				!!named &&
				ts.isNamedImports(named) &&
				named.elements.length > 0 &&
				named.elements.every((e) => e.isTypeOnly) &&
				!clause.name;
			add(node.moduleSpecifier.text, !!clause && (clause.isTypeOnly || allNamedTypes));
		} else if (
			ts.isExportDeclaration(node) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			add(node.moduleSpecifier.text, node.isTypeOnly);
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] &&
			ts.isStringLiteralLike(node.arguments[0])
		) {
			add(node.arguments[0].text, false);
		} else if (ts.isImportTypeNode(node)) {
			return; // `import('x').T` in a type position
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	return refs;
}

function scriptKind(file: string): ts.ScriptKind {
	return file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

/** Resolves a relative specifier to a file as Vite would (the code writes extensions). */
function resolve(from: string, specifier: string): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = path.resolve(path.dirname(from), specifier);
	for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return base;
}

/** The client `<script>` blocks of an `.astro` file (bundled for the browser), as one module. */
export function astroClientScripts(source: string): string {
	const blocks: string[] = [];
	for (const match of source.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
		const attrs = match[1] ?? '';
		if (/\bis:inline\b|define:vars|type="application\/(ld\+)?json"/.test(attrs)) continue;
		blocks.push(match[2] ?? '');
	}
	return blocks.join('\n');
}

/** Reads a module's imports from disk (`.astro` files: their client scripts only). */
export function importsOfFile(file: string): ImportRef[] {
	if (!existsSync(file)) return [];
	const source = readFileSync(file, 'utf8');
	return file.endsWith('.astro')
		? importsOf(file.replace(/\.astro$/, '.client.ts'), astroClientScripts(source)).map((r) => ({
				...r,
				resolved: resolve(file, r.specifier),
			}))
		: importsOf(file, source);
}

/**
 * Every module reachable from `entries` through value imports (type-only imports are erased
 * and do not count), with the chain that reaches it.
 */
export function reachable(
	entries: string[],
	read: (file: string) => ImportRef[] = importsOfFile
): Map<string, string[]> {
	const chains = new Map<string, string[]>();
	const queue = entries.map((e) => [e]);
	while (queue.length > 0) {
		const chain = queue.shift()!;
		const file = chain[chain.length - 1]!;
		if (chains.has(file)) continue;
		chains.set(file, chain);
		for (const ref of read(file))
			if (!ref.typeOnly && ref.resolved && !chains.has(ref.resolved))
				queue.push([...chain, ref.resolved]);
	}
	return chains;
}
