/**
 * The pages and the REST API of group sessions and events.
 */
package org.passerelle.activity.web;
