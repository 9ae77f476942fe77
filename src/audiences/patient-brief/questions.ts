// "Questions to ask your care team", fitted to the kind of story (kind.ts): a reader of a
// mouse study asks what can be had now, a reader of a test story asks how often it is
// wrong, a reader of a link asks whether it applies to them; only a treatment still in
// studies (as the source says) invites "Could I take part in a study like this?".
import { generated } from '../text.js';
import type { Text } from '../view-models.js';
import type { StoryKind } from './kind.js';

function questionsFor(story: StoryKind): string[] {
  const obtainable = story.access === 'approved' || story.access === 'available';
  // Only a treatment the source says is still in studies is "not yet": unknown access is asked about.
  const cost = obtainable
    ? 'What would it cost, and would my insurance pay?'
    : story.access === 'in studies'
      ? 'When could I get it, and what would it cost?'
      : 'Can I get it now, and what would it cost?';
  switch (story.kind) {
    case 'lab':
      return [
        'What treatments can I get now for my condition?',
        'Are there studies in people that I could join?',
        'How long does it take for lab research to reach patients?',
      ];
    case 'test':
      return [
        'Is this test right for someone like me?',
        'How often does it give a wrong answer?',
        'What would a positive or a negative result mean for me?',
        'Is it offered near me, and what would it cost?',
      ];
    case 'observational':
      return ['Does this link apply to someone like me?', 'What else could explain the link?', 'Should I change anything I do now?'];
    case 'model':
    case 'none':
      return ['What does this news mean for me?', 'What are my choices now?', 'Where can I read more about this?'];
    case 'review':
      // A review may be of a treatment, a habit or an exposure: questions that fit them all.
      return ['Do these findings apply to someone like me?', 'How strong is the evidence?', 'Should I change anything I do now?'];
    case 'approval':
      return [
        'Could this treatment help someone like me?',
        'What harms could it cause, and how often?',
        'How does it compare with the treatment I have now?',
        cost,
      ];
    default:
      return [
        'Could this treatment help someone like me?',
        'What harms could it cause, and how often?',
        'How does it compare with the treatment I have now?',
        ...(story.access === 'in studies' ? ['Could I take part in a study like this?'] : []),
        cost,
      ];
  }
}

export const questions = (story: StoryKind): Text[] => questionsFor(story).map((question) => generated(question));
