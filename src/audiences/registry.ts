// The three documents, by the names used for flags, files and templates.
export const AUDIENCES = [
  { name: 'patient-brief', short: 'patient', pageBudget: 2 },
  { name: 'clinician-summary', short: 'clinician', pageBudget: 2 },
  { name: 'press-digest', short: 'press', pageBudget: 1 },
] as const;

export type Audience = (typeof AUDIENCES)[number]['name'];
