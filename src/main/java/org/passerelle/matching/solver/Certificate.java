package org.passerelle.matching.solver;

/**
 * How column generation reached its answer, and whether the answer is proven optimal over every
 * acceptable pair of the pool.
 *
 * @param iterations how many times the candidate lists were solved (and then priced)
 * @param pairsScored pairs scored to build the first candidate lists (every pair of the pool)
 * @param pairsPriced pairs scored while pricing; pairs that the mentee's and the mentor's best gains
 *        already showed could not improve the total are not scored, and not counted
 * @param pairsAdded pairs that priced out (could improve the total) and were added to the lists
 * @param candidatePairs the pairs in the candidate lists of the last solve
 * @param provenOptimal whether the last pricing found no pair that could improve the total and the
 *        dual prices give a bound equal to the total: the assignment is then optimal over every
 *        acceptable pair. False only if the iteration limit was reached first.
 */
public record Certificate(int iterations, long pairsScored, long pairsPriced, long pairsAdded, long candidatePairs,
		boolean provenOptimal) {
}
