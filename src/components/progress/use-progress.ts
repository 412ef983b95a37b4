/**
 * Preact hook: subscribe an island to the progress store. Starts the store in an effect (never
 * during render), so server HTML and the first client render agree (the state is not `ready` yet).
 */
import { useEffect, useState } from 'preact/hooks';
import { $progress, initProgress, type ProgressState } from '../../progress/store';

export function useProgress(): ProgressState {
	// The first render matches the server HTML (not ready); the subscription then delivers the state.
	const [state, setState] = useState<ProgressState>(() => ({ ...$progress.get(), ready: false }));
	useEffect(() => {
		initProgress();
		return $progress.subscribe(setState);
	}, []);
	return state;
}
