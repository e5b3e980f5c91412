import { testRule } from '../testing';
import rule from './no-confidential-terms';

const options = { terms: ['Project Falcon', 'Banca Aurora', 'C++ Core', '  '] };

testRule(rule, {
  valid: [
    'Project Falcon is finally taking shape!',
    { text: 'A falcon nested on our roof; the Falconer project is public.', options },
    { text: 'Nuovo cliente in arrivo: una banca del nord.', language: 'it', options },
    { text: 'Anything at all', options: { terms: [] } },
  ],
  invalid: [
    {
      text: 'Late night, but project  falcon is finally taking shape!',
      options,
      findings: [{ messageId: 'term', data: { term: 'project  falcon' }, match: 'project  falcon' }],
    },
    {
      text: 'Grande giornata in Banca Aurora: si parte con il C++ Core a settembre!',
      language: 'it',
      options,
      findings: [
        { messageId: 'term', data: { term: 'Banca Aurora' } },
        { messageId: 'term', match: 'C++ Core' },
      ],
    },
  ],
});
