/**
 * Services over the register used alike by the CLI and the HTTP API: opening the store, importing a
 * file all-or-nothing, loading the demo data set. Uses the store, io and bench modules.
 */
package org.reclaim.app.register;
