package org.reclaim.store;

/**
 * A record as stored, with the version that guards it against lost updates: every update names the
 * version it was based on and fails with {@link StaleVersionException} if that is not current.
 *
 * @param value the domain record
 * @param version current version, starting at 1
 */
public record Versioned<T>(T value, long version) {}
