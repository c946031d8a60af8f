package org.passerelle.core;

/**
 * What is wrong in one place of an imported file: its row (1 for the header), its column and a
 * message code with arguments, so that people read it in their own language.
 */
public record ImportProblem(int row, String column, String messageCode, Object... arguments) {
}
