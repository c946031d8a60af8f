/**
 * Exact assignment solvers, free of Spring: a waiting pool of mentees is assigned to mentors with
 * capacities so that the total gain of the pairs is the largest possible.
 */
package org.passerelle.matching.solver;
