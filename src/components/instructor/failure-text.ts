/** Words a decode failure (src/instructor/codec.ts reason codes) for learners and instructors. */
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import type { DecodeFailure } from '../../instructor/codec';

const t = makeT(dict);

export function failureText(
	reason: DecodeFailure | 'too-many' | 'other-assignment',
	field?: string,
): string {
	// The codec names its fields at run time; a name without a string throws (and fails the e2e tests).
	const fieldKey = `instructor.field.${field}` as keyof typeof dict;
	return t(`instructor.error.${reason}`, { field: field ? t(fieldKey) : '' });
}
