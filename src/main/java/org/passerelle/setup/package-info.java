/**
 * Setting up an installation: the first administrator on an empty database, and the
 * demonstration data.
 */
package org.passerelle.setup;
