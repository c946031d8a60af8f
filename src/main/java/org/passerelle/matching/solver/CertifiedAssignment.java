package org.passerelle.matching.solver;

/**
 * An assignment of a whole pool with the objective it serves and the certificate of its optimality.
 *
 * @param assignment each mentee's mentor; its total is the sum of the gains of the pairs
 * @param objective what the assignment makes as large as possible
 * @param certificate how it was found and whether it is proven optimal
 */
public record CertifiedAssignment(Assignment assignment, Objective objective, Certificate certificate) {
}
