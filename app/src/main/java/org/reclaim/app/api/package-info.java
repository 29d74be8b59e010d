/**
 * The HTTP API under {@code /api/v1}: thin resources that parse, call a service and write GeoJSON
 * or JSON; one handler turns every error into an RFC 9457 problem document naming the field.
 */
package org.reclaim.app.api;
