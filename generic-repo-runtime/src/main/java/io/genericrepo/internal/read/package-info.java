/**
 * Queries and scans: requests, page loops, the page limit, cursors, parallel scans and publishers.
 * Internal: not API.
 */
package io.genericrepo.internal.read;
