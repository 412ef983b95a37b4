/**
 * 课后巩固作业: the /paper/ link of the questions the room missed, encoded with the instructor tools'
 * codec (`p1.`). Owns: the follow-up paper's spec. Must not: render.
 */
import { DEFAULT_PAPER_PASS_MARK, encodePaper, type PaperSpec } from '../instructor/codec';
import { missed, type GameState } from './game';

/** The follow-up paper of the missed questions (the /paper/ link's spec), or null when none were missed. */
export function followUpPaper(state: GameState, title: string): PaperSpec | null {
	const ids = missed(state);
	return ids.length === 0
		? null
		: { seed: state.settings.seed, questions: ids, title, passMark: DEFAULT_PAPER_PASS_MARK };
}

/** The follow-up paper as a `p1.` payload for /paper/#…, or null when nothing was missed. */
export function followUpPayload(state: GameState, title: string): string | null {
	const spec = followUpPaper(state, title);
	return spec && encodePaper(spec);
}
