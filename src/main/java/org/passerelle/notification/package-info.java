/**
 * What Passerelle tells people, in their language: notifications in the application and e-mails,
 * sent from an outbox by a scheduled job, never twice, retried when the mail server fails.
 */
package org.passerelle.notification;
