/**
 * The notifications page, the count in the header, and the notifications over REST.
 */
package org.passerelle.notification.web;
