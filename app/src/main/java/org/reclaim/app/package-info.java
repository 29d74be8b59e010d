/**
 * The executable: entry point, server configuration. Sub-packages: {@code cli} (picocli commands),
 * {@code api} (HTTP resources, thin), {@code register} (services over the store and io used by both
 * CLI and API), {@code security}. May use every module below it and Spring Boot.
 */
package org.reclaim.app;
