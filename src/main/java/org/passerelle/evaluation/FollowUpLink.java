package org.passerelle.evaluation;

/**
 * What a follow-up's link opens, without signing in: only what the person needs to know what they
 * answer — their first name, the program, how many months after its end.
 */
public record FollowUpLink(String firstName, String programName, int months) {
}
