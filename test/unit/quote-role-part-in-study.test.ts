// Review 8 (issue #13): a quoted expert's part in the study and ties were cut from the role
// ("Professor X of Y University, who co-authored the report … and served on the Trial Advisory
// Board, comments: …" printed as "Professor X, Y University"). A relative clause that says the
// speaker's part in the study or a tie stays; other relative clauses do not.
import { describe, expect, it } from 'vitest';
import { quoteItem } from '../../src/audiences/quotes.js';
import { factsFrom } from '../helpers/article.js';

const quotes = (paragraph: string) =>
  factsFrom(
    `# Vaccine protects against nine virus types\n\nIn a trial of 14,000 women, the new vaccine prevented 95 percent of disease.\n\n${paragraph}\n`,
    'roles.md',
  ).facts.quotes;

describe('a quoted speaker’s part in the study', () => {
  it('keeps "who co-authored … and served on the advisory board" in the role, after the place', () => {
    const [quote] = quotes(
      'Professor Ada Lind of Norrow University, who co-authored the report and served on the Trial Advisory Board, comments: "This is a real step forward for women everywhere."',
    );
    expect(quote?.role).toBe('who co-authored the report and served on the Trial Advisory Board');
    expect(quote?.affiliation).toBe('Norrow University');
    expect(quoteItem(quote!).attribution.text).toBe(
      'Professor Ada Lind, Norrow University, who co-authored the report and served on the Trial Advisory Board',
    );
  });

  it('drops a relative clause that says nothing of the study', () => {
    const [quote] = quotes('"It changed my life," said Mara Quill, a teacher at Harwood School, who lives in Denver.');
    expect(quote?.role ?? '').not.toMatch(/who lives/);
  });
});

describe('an independent expert named before a programme they direct', () => {
  it('is the person, not the programme', () => {
    const { facts } = factsFrom(
      '# Vaccine protects against nine virus types\n\nIn a trial of 14,000 women, the new vaccine prevented 95 percent of disease.\n\n"These results are striking," says Lena Sorel, director of the Vaccine Safety Program at Harwood Institute, who was not involved with the research.\n',
      'independent.md',
    );
    expect(facts.independentExperts.map((expert) => expert.speaker)).toEqual(['Lena Sorel']);
  });
});
