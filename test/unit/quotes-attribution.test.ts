// Who a quote is attributed to, read on short articles written for these tests: the name,
// role and affiliation must be the source's own, or absent, never a heading, a clause or
// another person's words glued on.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../helpers/article.js';

const quotesOf = (body: string, title = 'New inhaler eases asthma attacks in trial') =>
  factsFrom(`${title}\n\n${body.trim()}\n`, 'story.txt').facts.quotes.map((q) => ({
    speaker: q.speaker,
    role: q.role,
    affiliation: q.affiliation,
  }));

describe('quotes: the speaker’s name', () => {
  it('leaves out a section heading run into the start of the paragraph that names the speaker', () => {
    const [quote] = quotesOf(
      'The inhaler was tested in 300 adults.\n\nComment Margaret Olsen, a respiratory nurse at the Lakeside Hospital, says in a statement: “We need longer studies before anyone changes their treatment.”',
    );
    expect(quote).toEqual({ speaker: 'Margaret Olsen', role: 'a respiratory nurse', affiliation: 'Lakeside Hospital' });
  });

  it('gives a surname-only speaker the full name the text uses elsewhere, when it names one such person', () => {
    const quotes = quotesOf(
      '“I can run again,” says Okonkwo.\n\nGrace Okonkwo had the new inhaler for a year.\n\n“It changed my mornings,” says Lindgren. Anna Lindgren and Erik Lindgren both took part.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Grace Okonkwo', 'Lindgren']);
  });

  it('splits a job title in capitals off the name, after its last title word', () => {
    const [quote] = quotesOf(
      '“Inhalers like this one could keep many children out of hospital,” said NIH Senior Research Scientist Laura Bennett, Ph.D., M.A.',
    );
    expect(quote).toEqual({ speaker: 'Laura Bennett, Ph.D., M.A.', role: 'Senior Research Scientist', affiliation: 'NIH' });
  });
});

describe('quotes: the role', () => {
  it('keeps a second role that ties the speaker to the maker (review 7: a board seat was dropped)', () => {
    const [quote] = quotesOf(
      '“These results are very encouraging for a small trial,” noted Rosa Lind, general partner at Harbor Ventures and a member of Breathwell’s board of directors.',
    );
    expect(quote).toEqual({
      speaker: 'Rosa Lind',
      role: 'general partner and a member of Breathwell’s board of directors',
      affiliation: 'Harbor Ventures',
    });
  });

  it('does not keep the comma that set the role off from the name', () => {
    const [quote] = quotesOf('“The effect was larger than we expected,” said the study’s senior author, Omar Haddad, Ph.D.');
    expect(quote!.role).toBe('the study’s senior author');
  });

  it('gives no role for a group word in front of one name, and says the person wrote with colleagues', () => {
    const [quote] = quotesOf(
      '“Our results suggest that inflammation drives these attacks in many patients,” write researchers Helen T. Marsh, MD, of the Coastal Lung Center in Portland, and colleagues.',
    );
    expect(quote).toEqual({ speaker: 'Helen T. Marsh, MD', role: 'with colleagues', affiliation: 'Coastal Lung Center in Portland' });
  });

  it('does not take an age for a role, but the description after it', () => {
    const [quote] = quotesOf('“I could sleep through the night again” with the new inhaler, said Rosa Delgado, 61, a teacher from Tucson.');
    expect(quote).toEqual({ speaker: 'Rosa Delgado', role: 'a teacher from Tucson', affiliation: null });
  });

  it('reads “who is a …” as the role itself', () => {
    const [quote] = quotesOf(
      'Dr. Kevin Moreau, who is a professor of pediatrics at Riverside University, reviewed the data.\n\n“Parents should ask their doctor before switching,” Moreau said.',
    );
    expect(quote).toEqual({ speaker: 'Dr. Kevin Moreau', role: 'a professor of pediatrics', affiliation: 'Riverside University' });
  });

  it('gives an organisation that speaks with others no role made of “and other …”', () => {
    const [quote] = quotesOf(
      'The Lung Health Society and other patient groups say a yearly check is “the most useful thing a person with asthma can do for their lungs.”',
    );
    expect(quote).toEqual({ speaker: 'The Lung Health Society', role: null, affiliation: null });
  });
});

describe('quotes: the affiliation', () => {
  it('ends the place where a clause about something else begins', () => {
    const [quote] = quotesOf(
      'What Peter Lindqvist, PhD, from Uppsala’s Department of Physics has built is a lighter inhaler. Lindqvist says in a statement: “It fits in a pocket and counts every dose for you.”',
    );
    expect(quote).toEqual({ speaker: 'Peter Lindqvist', role: null, affiliation: 'Uppsala’s Department of Physics' });
  });

  it('takes no affiliation from “of” followed by what the speaker spoke about', () => {
    const quotes = quotesOf(
      'The trial was led by Dr. Grace Whitfield, director of clinical research.\n\n“We don’t want children to miss school,” says Whitfield of using the inhaler every morning before class.',
    );
    expect(quotes).toEqual([{ speaker: 'Dr. Grace Whitfield', role: 'director of clinical research', affiliation: null }]);
  });

  it('moves a second job after the place to the role, and keeps an editorial’s venue out of the place', () => {
    const quotes = quotesOf(
      '“These findings could change how we treat asthma,” said Samuel Okafor, Ph.D., associate professor at Lakeview School of Medicine in Denver, and senior author of the study.\n\nThe study’s findings “are indeed quite remarkable,” said prominent allergist Nina R. Patel of the University of Vermont, in an editorial published online Monday in a medical journal.',
    );
    expect(quotes).toEqual([
      {
        speaker: 'Samuel Okafor, Ph.D.',
        role: 'associate professor and senior author of the study',
        affiliation: 'Lakeview School of Medicine in Denver',
      },
      { speaker: 'Nina R. Patel', role: 'prominent allergist', affiliation: 'University of Vermont' },
    ]);
  });

  it('names both writers of words two people wrote, and gives neither one’s role or place to both', () => {
    const [quote] = quotesOf(
      '“Which inhaler is chosen may matter less than starting one,” write Clara J. Benson, M.D., of the Hillcrest School of Medicine, Boston, and Associate Editor, Lung Journal, and Martin E. Frost, M.D., of the State University of Ohio, in an accompanying editorial.',
    );
    expect(quote).toEqual({ speaker: 'Clara J. Benson, M.D., and Martin E. Frost, M.D.', role: null, affiliation: null });
  });

  it('keeps the role and the place of the name before a second author, when one person writes', () => {
    const [quote] = quotesOf(
      '“Which inhaler is chosen may matter less than starting one,” writes Clara J. Benson, M.D., of the Hillcrest School of Medicine, Boston, and Associate Editor, Lung Journal, in an accompanying editorial.',
    );
    expect(quote).toEqual({
      speaker: 'Clara J. Benson, M.D.',
      role: 'Associate Editor, Lung Journal',
      affiliation: 'Hillcrest School of Medicine, Boston',
    });
  });

  it('keeps a second job held at a place, and the place', () => {
    const quotes = quotesOf(
      'The work was led by Dr. Grace Whitfield, director of clinical research and an allergist at Northfield Regional Medical Center.\n\n“We saw fewer night attacks in every age group,” Whitfield said.',
    );
    expect(quotes).toEqual([
      {
        speaker: 'Dr. Grace Whitfield',
        role: 'director of clinical research and an allergist',
        affiliation: 'Northfield Regional Medical Center',
      },
    ]);
  });

  it('splits a role from a place that is one name with “at” inside it, and keeps the full stop of U.K.', () => {
    const [quote] = quotesOf(
      '“Most attacks start at night,” said Dr. Paula Grant, a pediatric allergist at Children’s Hospital at Riverside Medical Center in the U.K., at a briefing.',
    );
    expect(quote).toEqual({
      speaker: 'Dr. Paula Grant',
      role: 'a pediatric allergist',
      affiliation: 'Children’s Hospital at Riverside Medical Center in the U.K.',
    });
  });
});

// Review 12 (h006, h014, h045): a description cut at an abbreviation's full stop ("the Dr",
// "a member of the US"), a list of co-authors taken for the first one's description, and a
// quote of the list's second person given to the last man quoted.
describe('quote attribution: abbreviations, lists of names', () => {
  it('keeps a description past "Dr." and past a full stop before a word in lower case', () => {
    const quotes = quotesOf(
      `
The work was led by Maria Gonzalez, M.D., the Dr. Alan B. Smith Professor of Nutrition at Lakeside University.

"We are very pleased with these results," said Gonzalez.

"We need to look at this closely," said Dr. Carl Ito, director of nutrition and a member of the US. advisory panel.
`,
    );
    expect(quotes[0]!.role).toBe('the Dr. Alan B. Smith Professor of Nutrition');
    expect(quotes[1]!.role).toMatch(/a member of the US\. advisory panel$/);
  });

  it('reads "A, B and C of X" as three people, and "she" as the one the last paragraph named', () => {
    const quotes = quotesOf(
      `
This work, conducted by Lena Hartmann, Maria Gonzalez and Helen Ortiz of the School of Nursing, links beans to sleep.

"This area of research is new," said Hartmann, lead author on the paper.

"Beans are cheap and good for you," said Thomas Reed, a professor of medicine.

Gonzalez, who directs the nutrition centre, sees promise in the work.

"Children should eat beans early on," she said.
`,
    );
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Lena Hartmann', 'lead author on the paper'],
      ['Thomas Reed', 'a professor of medicine'],
      ['Maria Gonzalez', null],
    ]);
  });
});

// Review 12 (h000): "MCR" after "MD" is a degree, not the speaker's role.
describe('quote attribution: a degree after the name is no role', () => {
  it('reads the role after "MD, MCR," from the sentence that quotes her', () => {
    const [quote] = quotesOf(
      `
In a new paper, Anna K. Berg, MD, MCR, and her co-authors report that the babies breathed better.

“Finding a way to help these babies is urgent,” said Dr. Berg, lead study author and professor of pediatrics at Lakeside University.
`,
    );
    expect(quote!.role).toBe('lead study author and professor of pediatrics');
  });
});

// Review 13/14 (h058): "An editorial accompanying the study added, “…”" was credited to the
// lead author quoted in the sentence before.
describe('quote attribution: a piece of writing speaks', () => {
  it('credits an editorial, not the person quoted before it', () => {
    const quotes = quotesOf(
      `
“This changes how we think about it,” said Dr. Anna Berg, a surgeon and lead author of the study. An editorial accompanying the study added, “the time has come to rethink routine surgery.”
`,
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Dr. Anna Berg', 'An editorial accompanying the study']);
  });
});
