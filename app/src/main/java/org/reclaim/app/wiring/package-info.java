/**
 * The composition root: {@link org.reclaim.app.wiring.ServiceConfig} wires every service by
 * constructor injection over the open store; {@link org.reclaim.app.wiring.RegisterContext} opens a
 * register with those services for the command line; {@link org.reclaim.app.wiring.Services} is
 * what a command receives. The server imports the same configuration.
 */
package org.reclaim.app.wiring;
