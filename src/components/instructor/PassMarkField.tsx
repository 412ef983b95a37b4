/**
 * The pass-mark field the instructor tools share (任务单, 组卷, 班级汇总): a whole percent 0–100, read
 * on submit with parsePassMark() from ./form-text.ts. Uncontrolled, so typing before hydration survives.
 */
interface Props {
	id: string;
	label: string;
	/** Empty leaves the field blank (班级汇总: blank = each receipt's own pass mark). */
	defaultValue: string;
}

export function PassMarkField({ id, label, defaultValue }: Props) {
	return (
		<div class="zz-field">
			<label for={id}>{label}</label>
			<input
				id={id}
				type="number"
				inputMode="numeric"
				min={0}
				max={100}
				step={1}
				name="passMark"
				defaultValue={defaultValue}
			/>
		</div>
	);
}
