/**
 * Mounts the search dialog on first use (this module and everything it imports load only then) and
 * opens it. Owns: mounting once. Must not: search or store anything.
 */
import { render } from 'preact';
import { SearchDialog, type SearchDialogHandle } from './SearchDialog';

let handle: SearchDialogHandle | undefined;
let waiting = false;

export function openSearch(root: HTMLElement, opener: HTMLElement): void {
	if (handle) {
		handle.open();
		return;
	}
	if (waiting) return;
	waiting = true;
	render(
		<SearchDialog
			opener={opener}
			onReady={(h) => {
				handle = h;
				h.open();
			}}
		/>,
		root,
	);
}
