/**
 * The exam countdown: a switch (开启 N 分钟倒计时) and, while on, the time left in a bar that stays
 * in view while the learner scrolls (sticky). The deadline is absolute (the attempt state keeps it),
 * so a reload resumes the same countdown.
 *
 * Owns: the countdown's markup and ticking. Must not: submit (it reports ticks; the reducer decides).
 */
import { useEffect, useState } from 'preact/hooks';
import type quizStrings from '../../i18n/zh-CN/quiz.json';
import type { Translator } from '../../i18n/translate';
import { clock } from '../../quiz/format';

export interface QuizCountdownProps {
	minutes: number;
	/** Epoch ms, or null while the timer is off. */
	deadline: number | null;
	onToggle: (on: boolean, at: number) => void;
	/** Called every second while on, with the current time. */
	onTick: (at: number) => void;
	t: Translator<keyof typeof quizStrings>;
}

export function QuizCountdown({ minutes, deadline, onToggle, onTick, t }: QuizCountdownProps) {
	const [now, setNow] = useState(0);
	useEffect(() => {
		if (deadline === null) return undefined;
		const tick = () => {
			const at = Date.now();
			setNow(at);
			onTick(at);
		};
		tick();
		const handle = setInterval(tick, 1000);
		return () => clearInterval(handle);
	}, [deadline, onTick]);
	// The time left is the quiz section's own child, so it can stick while the whole quiz scrolls.
	return (
		<>
			<div class="quiz-timer">
				<label class="quiz-choice">
					<input
						type="checkbox"
						checked={deadline !== null}
						onChange={(e) => onToggle(e.currentTarget.checked, Date.now())}
					/>
					<span>{t('quiz.timerToggle', { minutes })}</span>
				</label>
			</div>
			{deadline !== null && now > 0 && (
				<p role="timer" class="quiz-timer-left">
					{t('quiz.timerLeft', { time: clock(deadline - now) })}
				</p>
			)}
		</>
	);
}
