/**
 * The pages, downloads and REST API of reports.
 */
package org.passerelle.reporting.web;
