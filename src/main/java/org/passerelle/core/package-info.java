/**
 * Shared kernel: the embedded database, time, locale-aware formatting, problem details and the
 * exceptions every module raises.
 */
package org.passerelle.core;
