/**
 * Reclaim's model of humanitarian mine action, in the vocabulary of the International Mine Action
 * Standards (IMAS). Sub-packages hold one capability each: {@code geometry} (WGS84 geometry and
 * metric measures), {@code region}, {@code hazard}, {@code evidence}, {@code context}, {@code
 * operator}, {@code team}, {@code task}, {@code release}.
 *
 * <p>May use: the JDK, JTS and proj4j. Must not use: frameworks, JDBC, JSON, Timefold (an ArchUnit
 * test keeps this true). Every record is immutable and validated in its constructor; a broken rule
 * throws {@link org.reclaim.domain.DomainException} naming the entity and field.
 */
package org.reclaim.domain;
