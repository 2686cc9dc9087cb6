/**
 * Running one request, sync or async, logged and with its failure translated; futures helpers; the
 * batch retry policy. Internal: not API.
 */
package io.genericrepo.internal.execution;
