// Review 11/12 (114): a serious warning too long whole ("X should also not be used in people
// with … because fluid retention can worsen …") was only summed up as "The source says who
// should not use X", since printing it pushed a label's brief past its sheet. It is now named
// without its reason, and the list of common side effects beside it shows fewer items to leave
// it room: a serious warning outranks a common mild side effect.
import { describe, expect, it } from 'vitest';
import type { Harm } from '../../src/article/schema.js';
import { velorinBrief } from '../helpers/brief.js';
import { sourceFinding } from '../helpers/facts.js';

const harm = (text: string, kind: Harm['kind']): Harm => ({ ...sourceFinding(text), kind });

describe('a serious warning too long whole, beside a list of side effects', () => {
  const { harms } = velorinBrief({
    harms: [
      harm(
        'Velorin should also not be used in patients with symptomatic kidney failure or uncontrolled diabetes because fluid retention can worsen these underlying conditions.',
        'warning',
      ),
      harm(
        'The most common side effects of Velorin in the trials included stomach upset, a runny or stuffy nose, sneezing, back pain, joint pain, nose bleeds, a sore throat and dizziness.',
        'side-effect',
      ),
    ],
  });

  it('is named in its own words, not summed up', () => {
    expect(harms).toMatch(/Velorin should also not be used in people with symptomatic kidney failure or uncontrolled diabetes\./);
    expect(harms).not.toMatch(/The source says who should not use Velorin/);
  });

  it('leaves the side effects fewer items, and says others are listed', () => {
    expect(harms).toMatch(/Stomach upset A runny or stuffy nose Sneezing Others are listed in the source\./);
    expect(harms).not.toMatch(/Back pain/);
  });
});
