package org.passerelle.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The least and the greatest value a variable can take under linear equations over variables that
 * are never negative — what a reader can learn of a withheld count from everything shown
 * ({@link CellSuppression}). A dense two-phase simplex with Bland's rule, which never cycles;
 * report tables hold tens of variables, so plain arithmetic on doubles is exact enough, and the
 * bounds are rounded inwards to whole numbers.
 */
final class LinearBounds {

	private static final double EPSILON = 1e-9;

	private final int variables;

	/** The tableau after the first phase: one row per independent equation, the right-hand side last. */
	private final double[][] tableau;

	private final int[] basis;

	/**
	 * @param variables how many variables, each at least 0
	 * @param equations each equation's coefficients, one per variable
	 * @param values each equation's right-hand side, at least 0
	 * @throws IllegalStateException where nothing satisfies the equations
	 */
	LinearBounds(int variables, List<double[]> equations, List<Double> values) {
		this.variables = variables;
		int m = equations.size();
		int width = variables + m + 1;
		var start = new double[m][width];
		var startBasis = new int[m];
		for (int i = 0; i < m; i++) {
			double sign = values.get(i) < 0 ? -1 : 1;
			for (int j = 0; j < variables; j++) {
				start[i][j] = sign * equations.get(i)[j];
			}
			start[i][variables + i] = 1;
			start[i][width - 1] = sign * values.get(i);
			startBasis[i] = variables + i;
		}
		var phaseOne = new double[width - 1];
		for (int i = 0; i < m; i++) {
			phaseOne[variables + i] = -1;
		}
		double infeasibility = maximise(start, startBasis, phaseOne, width - 1);
		if (infeasibility < -1e-6) {
			throw new IllegalStateException("The equations have no solution");
		}
		// drive the artificial variables out of the basis; a row where none can leave is redundant
		var kept = new ArrayList<Integer>();
		for (int i = 0; i < m; i++) {
			if (startBasis[i] >= variables) {
				int entering = -1;
				for (int j = 0; j < variables; j++) {
					if (Math.abs(start[i][j]) > EPSILON) {
						entering = j;
						break;
					}
				}
				if (entering < 0) {
					continue;
				}
				pivot(start, startBasis, i, entering);
			}
			kept.add(i);
		}
		this.tableau = new double[kept.size()][variables + 1];
		this.basis = new int[kept.size()];
		for (int k = 0; k < kept.size(); k++) {
			int i = kept.get(k);
			System.arraycopy(start[i], 0, tableau[k], 0, variables);
			tableau[k][variables] = start[i][width - 1];
			basis[k] = startBasis[i];
		}
	}

	/** The whole numbers the sum of these variables may reach: {@code [least, greatest]}, greatest {@code Long.MAX_VALUE} when unbounded. */
	long[] bounds(int... sum) {
		var objective = new double[variables];
		for (int variable : sum) {
			objective[variable] += 1;
		}
		double greatest = solve(objective);
		for (int j = 0; j < variables; j++) {
			objective[j] = -objective[j];
		}
		double least = -solve(objective);
		long high = Double.isInfinite(greatest) ? Long.MAX_VALUE : (long) Math.floor(greatest + 1e-6);
		long low = (long) Math.ceil(least - 1e-6);
		return new long[] { low, high };
	}

	private double solve(double[] objective) {
		var copy = new double[tableau.length][];
		for (int i = 0; i < tableau.length; i++) {
			copy[i] = tableau[i].clone();
		}
		return maximise(copy, basis.clone(), objective, variables);
	}

	/**
	 * Maximises the objective over the tableau from its feasible basis, entering only the first
	 * {@code usable} columns; positive infinity when unbounded.
	 */
	private static double maximise(double[][] t, int[] basis, double[] objective, int usable) {
		int rhs = t.length == 0 ? usable : t[0].length - 1;
		while (true) {
			int entering = -1;
			for (int j = 0; j < usable && entering < 0; j++) {
				double reduced = objective[j];
				for (int i = 0; i < t.length; i++) {
					reduced -= objective[basis[i]] * t[i][j];
				}
				if (reduced > EPSILON) {
					entering = j;
				}
			}
			if (entering < 0) {
				double value = 0;
				for (int i = 0; i < t.length; i++) {
					value += objective[basis[i]] * t[i][rhs];
				}
				return value;
			}
			int leaving = -1;
			double best = Double.POSITIVE_INFINITY;
			for (int i = 0; i < t.length; i++) {
				if (t[i][entering] > EPSILON) {
					double ratio = t[i][rhs] / t[i][entering];
					if (ratio < best - EPSILON || ratio < best + EPSILON && leaving >= 0 && basis[i] < basis[leaving]) {
						best = Math.min(best, ratio);
						leaving = i;
					}
				}
			}
			if (leaving < 0) {
				return Double.POSITIVE_INFINITY;
			}
			pivot(t, basis, leaving, entering);
		}
	}

	private static void pivot(double[][] t, int[] basis, int row, int column) {
		double factor = t[row][column];
		for (int j = 0; j < t[row].length; j++) {
			t[row][j] /= factor;
		}
		for (int i = 0; i < t.length; i++) {
			if (i != row && Math.abs(t[i][column]) > 0) {
				double times = t[i][column];
				for (int j = 0; j < t[i].length; j++) {
					t[i][j] -= times * t[row][j];
				}
			}
		}
		basis[row] = column;
	}
}
