package org.passerelle.matching.solver;

/**
 * How column generation reached its answer, and whether the answer is proven optimal over every
 * acceptable pair of the pool.
 *
 * @param iterations how many times the candidate lists were solved (and then priced)
 * @param pairsScored pairs scored to build the first candidate lists (every pair of the pool)
 * @param pairsPriced pairs scored while pricing; not scored, and not counted: the listed pairs
 *        (checked from their stored gains), pairs that the mentee's or the mentor's best gain shows
 *        cannot price out, and, after the first pass, pairs whose mentee's profit and mentor's price
 *        have not fallen since the pass that showed they do not price out
 * @param pairsAdded pairs added to the lists by pricing: those that priced out (could improve the
 *        total) and, with them, those within a twentieth of the largest gain of pricing out
 * @param candidatePairs the pairs in the candidate lists of the last solve
 * @param provenOptimal whether the last pricing found no pair that could improve the total and the
 *        dual prices give a bound equal to the total: the assignment is then optimal over every
 *        acceptable pair. False if the iteration limit was reached first (or, which would be a
 *        defect of the solver, if its duals failed a check); the assignment is then feasible but
 *        may fall short of the optimum.
 */
public record Certificate(int iterations, long pairsScored, long pairsPriced, long pairsAdded, long candidatePairs,
		boolean provenOptimal) {
}
