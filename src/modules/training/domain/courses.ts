// What an e-learning export's course names mean here: each organisation's courses, the names the
// exports give them, and the defaults an organisation starts with. Pure.
import type { CourseKind } from '../../../contract/training.js';

/** The facts of a course the rules read. */
export interface CourseFacts {
  code: string;
  name: string;
  kind: CourseKind;
  /** Null: never expires. */
  validityMonths: number | null;
  counts: boolean;
  knownAs: readonly string[];
}

/**
 * The courses an organisation starts with, ours to change: annual data security awareness (12
 * months), induction (done once) and role-based cyber security CPD, each with the names exports
 * commonly give it. ESR OLM's national competence for the awareness course is among them.
 */
export const DEFAULT_COURSES: readonly CourseFacts[] = [
  {
    code: 'data-security-awareness',
    name: 'Data Security Awareness',
    kind: 'awareness',
    validityMonths: 12,
    counts: true,
    knownAs: ['Data Security Awareness - Level 1', 'Data Security Awareness Level 1', 'NHS|CSTF|Information Governance and Data Security - 1 Year|'],
  },
  { code: 'induction', name: 'Corporate Induction', kind: 'induction', validityMonths: null, counts: true, knownAs: ['Trust Induction', 'Corporate Induction (including data security)'] },
  { code: 'cyber-cpd', name: 'Cyber Security CPD', kind: 'cpd', validityMonths: null, counts: true, knownAs: ['Cyber Security Continuing Professional Development'] },
];

/**
 * A course name as a comparable key: case, spaces and punctuation ignored, so "Data Security
 * Awareness - Level 1", "data security awareness level 1" and "Data Security Awareness, Level 1" are one.
 */
export function courseNameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Finds the counted course a completion's course name is of: by its name, its code or any name it is
 * known by. Courses that do not count are not found, so their completions are ignored like any other.
 * When two counted courses claim one name, the first in the list wins (courses are listed by code).
 */
export function courseMatcher<C extends CourseFacts>(courses: readonly C[]): (courseName: string) => C | null {
  const byKey = new Map<string, C>();
  for (const course of courses) {
    if (!course.counts) continue;
    for (const known of [course.name, course.code, ...course.knownAs]) {
      const key = courseNameKey(known);
      if (key && !byKey.has(key)) byKey.set(key, course);
    }
  }
  return (courseName) => byKey.get(courseNameKey(courseName)) ?? null;
}
