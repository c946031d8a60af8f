/**
 * The pages and REST endpoints of participants: lists, search and exports, profiles, screening,
 * consent, accommodation needs, duplicates, and imports of the spreadsheets programs keep.
 */
package org.passerelle.participant.web;
