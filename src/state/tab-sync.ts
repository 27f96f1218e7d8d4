/**
 * Tabs of the same site tell each other what changed: a BroadcastChannel where the browser has
 * one, else a localStorage key whose `storage` event reaches the other tabs. Messages are
 * checked against a schema on arrival (another tab may run an older build) and dropped when
 * they do not fit. A tab never receives its own messages.
 */
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { onLocalChange, removeLocal, writeLocal } from './local.ts';

export interface TabChannel<M> {
	/** Sends a message to every other tab on the channel. */
	post(message: M): void;
	/** Calls `listener` for each valid message from another tab; returns the unsubscribe. */
	subscribe(listener: (message: M) => void): () => void;
	close(): void;
}

/** Opens the channel `name`; messages are validated with `schema`. */
export function openTabChannel<M>(name: string, schema: $ZodType<M>): TabChannel<M> {
	const listeners = new Set<(message: M) => void>();
	const deliver = (data: unknown) => {
		const parsed = z.safeParse(schema, data);
		if (!parsed.success) return;
		for (const listener of listeners) listener(parsed.data);
	};

	if (typeof BroadcastChannel !== 'undefined') {
		const channel = new BroadcastChannel(name);
		channel.onmessage = (event: MessageEvent) => deliver(event.data);
		return {
			post: (message) => channel.postMessage(message),
			subscribe: (listener) => {
				listeners.add(listener);
				return () => listeners.delete(listener);
			},
			close: () => {
				listeners.clear();
				channel.close();
			},
		};
	}

	// Fallback: each message is written under one key with a nonce, so that repeating the same
	// message still changes the value and fires the event in the other tabs.
	const key = `${name}:message`;
	const stop = onLocalChange(key, (value) => {
		if (value === null) return;
		try {
			deliver((JSON.parse(value) as { message: unknown }).message);
		} catch {
			// Not ours, or damaged: ignored.
		}
	});
	return {
		post: (message) => {
			writeLocal(key, JSON.stringify({ nonce: Math.random(), message }));
			removeLocal(key);
		},
		subscribe: (listener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close: () => {
			listeners.clear();
			stop();
		},
	};
}
