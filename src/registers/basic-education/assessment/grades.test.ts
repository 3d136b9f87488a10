import { describe, expect, it } from 'vitest';
import { validateAssessment, type AssessmentInput } from './grades.ts';

const base: AssessmentInput = { gradeLevel: 7, kind: 'annual', subjectCode: 'MA', numericGrade: 8 };
const code = (a: AssessmentInput) => {
  try {
    validateAssessment(a);
    return 'ok';
  } catch (e: any) {
    return e.code as string;
  }
};

describe('assessment rules of the core curriculum', () => {
  it('accepts numbers 4–10 and rejects numbers outside the scale', () => {
    expect(code({ ...base, numericGrade: 4 })).toBe('ok');
    expect(code({ ...base, numericGrade: 10 })).toBe('ok');
    expect(code({ ...base, numericGrade: 3 })).toBe('assessment_scale');
    expect(code({ ...base, numericGrade: 11 })).toBe('assessment_scale');
    expect(code({ ...base, numericGrade: 7.5 })).toBe('assessment_scale');
  });

  it('requires exactly one of a number and a verbal mark', () => {
    expect(code({ ...base, numericGrade: 8, verbalMark: 'S' })).toBe('assessment_one_mark');
    expect(code({ ...base, numericGrade: null })).toBe('assessment_one_mark');
  });

  it('allows verbal assessment in every subject of grades 1–3', () => {
    expect(code({ ...base, gradeLevel: 2, numericGrade: null, verbalMark: 'S' })).toBe('ok');
  });

  it('rejects S in mathematics from grade 4 on but allows it in pupil guidance and short optional subjects', () => {
    expect(code({ ...base, gradeLevel: 4, numericGrade: null, verbalMark: 'S' })).toBe('verbal_not_allowed');
    expect(code({ ...base, subjectCode: 'OP', numericGrade: null, verbalMark: 'S' })).toBe('ok');
    expect(code({ ...base, subjectCode: 'VAL-ohjelmointi', optional: true, weeklyLessons: 1, numericGrade: null, verbalMark: 'S' })).toBe('ok');
    expect(code({ ...base, subjectCode: 'VAL-ohjelmointi', optional: true, weeklyLessons: 2, numericGrade: null, verbalMark: 'S' })).toBe('verbal_not_allowed');
    expect(code({ ...base, subjectCode: 'PAI-kotiseutu', localSubject: true, weeklyLessons: 1, numericGrade: null, verbalMark: 'O' })).toBe('ok');
    expect(code({ ...base, syllabus: 'individualised', numericGrade: null, verbalMark: 'S' })).toBe('ok');
  });

  it('keeps failing marks and behaviour off the final certificate', () => {
    const final = { ...base, gradeLevel: 9, kind: 'final' as const };
    expect(code({ ...final, numericGrade: 5 })).toBe('ok');
    expect(code({ ...final, numericGrade: 4 })).toBe('final_fail');
    expect(code({ ...final, subjectCode: 'OP', numericGrade: null, verbalMark: 'H' })).toBe('final_fail');
    expect(code({ ...final, subjectCode: 'KAY', numericGrade: 9 })).toBe('behaviour_not_on_final');
    expect(code({ ...final, gradeLevel: 8 })).toBe('final_grade_level');
  });

  it('grades behaviour with a number in grades 4–8', () => {
    expect(code({ ...base, subjectCode: 'KAY', numericGrade: null, verbalMark: 'S' })).toBe('behaviour_numeric');
    expect(code({ ...base, subjectCode: 'KAY', gradeLevel: 3, numericGrade: null, verbalMark: 'S' })).toBe('ok');
  });

  it('needs the language of an A1 language', () => {
    expect(code({ ...base, subjectCode: 'A1' })).toBe('language_required');
    expect(code({ ...base, subjectCode: 'A1', languageCode: 'EN' })).toBe('ok');
  });
});
