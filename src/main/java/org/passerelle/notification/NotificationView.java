package org.passerelle.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient sees it.
 */
public record NotificationView(UUID id, String title, String body, String link, Instant createdAt, Instant readAt) {
}
