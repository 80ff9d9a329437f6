/** HTTP edge of identity: controllers, request and response records, mapping of use-case results to problems. */
package dev.focus.identity.api;
