import { describe, expect, it } from 'vitest';
import { householdOutcome, moreThanHalf, outcomeReason } from '../../../shared/decision/outcome';
import { voteChecks } from '../../../shared/convention/codes';

describe('more than half of the households (Luật 10/2022, Điều 18–19): one rule', () => {
  it('needs ⌊n/2⌋ + 1: exactly half is not more than half', () => {
    expect([1, 2, 3, 119, 120, 121].map(moreThanHalf)).toEqual([1, 2, 2, 60, 61, 61]);
    expect(householdOutcome({ form: 'phieu', households: 120, participating: 120, approving: 60 }).outcome).toBe(
      'khong_thong_qua',
    );
    expect(householdOutcome({ form: 'phieu', households: 120, participating: 120, approving: 61 }).outcome).toBe(
      'thong_qua',
    );
  });

  it('a meeting without more than half of the households represented has no quorum, whatever the approvals', () => {
    expect(householdOutcome({ form: 'hoi_nghi', households: 120, participating: 60, approving: 60 })).toEqual({
      outcome: 'khong_du_nguoi',
      quorum: false,
      needed: 61,
      majority: false,
    });
    // A ballot (or a meeting completed by ballots) has no quorum rule: only the approvals of all households count.
    expect(householdOutcome({ form: 'ket_hop', households: 120, participating: 70, approving: 61 }).outcome).toBe(
      'thong_qua',
    );
    // Approvals are counted against ALL the households, not those present.
    expect(householdOutcome({ form: 'hoi_nghi', households: 120, participating: 80, approving: 60 }).outcome).toBe(
      'khong_thong_qua',
    );
  });

  it('says why in the words of the form', () => {
    expect(outcomeReason({ form: 'hoi_nghi', households: 120, participating: 80, approving: 48 })).toBe(
      'Cần trên một nửa tổng số hộ tán thành (ít nhất 61 trên 120 hộ), mới có 48 hộ.',
    );
    expect(outcomeReason({ form: 'hoi_nghi', households: 1200, participating: 500, approving: 480 })).toContain(
      'ít nhất 601 trên 1.200 hộ',
    );
  });

  it('a hương ước vote gives the same answer as a decision of the same counts', () => {
    for (const [households, present, approving] of [
      [120, 60, 60],
      [120, 61, 61],
      [7, 4, 3],
      [7, 7, 4],
      [1, 1, 1],
    ] as const) {
      for (const method of ['hop', 'phieu'] as const) {
        const vote = voteChecks({ method, households, present, approving });
        const decision = householdOutcome({
          form: method === 'hop' ? 'hoi_nghi' : 'phieu',
          households,
          participating: present,
          approving,
        });
        expect(vote.passed).toBe(decision.outcome === 'thong_qua');
        expect(vote.quorum).toBe(decision.quorum);
      }
    }
  });
});
