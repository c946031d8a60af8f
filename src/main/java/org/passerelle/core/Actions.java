package org.passerelle.core;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs what a button on a page asks for, then goes back to a page (Post/Redirect/Get) with what
 * happened: the {@code saved} message, or why nothing did. A broken rule or a refused value comes
 * back as its message in the reader's language ({@code problem}); a change made meanwhile by
 * someone else as {@code failed} (the layout shows both).
 */
@Component
public class Actions {

	private final MessageSource messages;

	Actions(MessageSource messages) {
		this.messages = messages;
	}

	/** Runs the action and goes to {@code target} with its outcome. */
	public String run(RedirectAttributes redirect, String saved, String target, Runnable action) {
		return run(redirect, saved, target, "form.concurrentEdit", action);
	}

	/** The same, with the message to show when someone else changed the same thing meanwhile. */
	public String run(RedirectAttributes redirect, String saved, String target, String concurrentEdit,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", saved);
		}
		catch (RuleViolationException | InvalidFieldException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex, LocaleContextHolder.getLocale()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failed", concurrentEdit);
		}
		return "redirect:" + target;
	}
}
