/**
 * The {@code reclaim} command line (picocli): {@code demo}, {@code serve}, {@code import}, {@code
 * bench}. Commands parse options, call the services in {@code org.reclaim.app.register} and print
 * results; long work shows a progress bar.
 */
package org.reclaim.app.cli;
